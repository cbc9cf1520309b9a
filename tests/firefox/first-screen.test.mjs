// The first screen in Firefox ESR: it loads cleanly, in French, with the press release's
// figures and every rule holding; and the page never scrolls sideways, on a desktop or a phone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Simulator, TEST_TIMEOUT, eur, firefoxSuite } from './simulator.mjs';

const { figure } = Simulator;

describe('first screen in Firefox ESR', { timeout: TEST_TIMEOUT * 6 }, () => {
  const firefox = firefoxSuite();

  it('loads in French with no console error, page error or failed request', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.expectLang('fr');
    assert.match(await sim.page.title(), /Simulateur bassin minier/);
    await sim.settle();
    sim.expectNoErrors();
  });

  it('shows the press release figures for Pas-de-Calais 2019–2021, every rule holding', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.expectText(figure(62, 'total-plan'), eur(20_000_000));
    await sim.expectText(figure(62, 'total-envelope'), eur(2_500_000));
    await sim.expectText(figure(62, 'total-combined'), eur(22_500_000));
    await sim.expectText(figure(62, 'total-share'), '+12,5\u202f%');
    await sim.expectEveryRule('holds');
    sim.expectNoErrors();
  });

  it('answers first: the summary band, in view at 360×800 without scrolling', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open({ width: 360, height: 800 });
    await sim.expectText('summary-62-plan', '20\u00a0M€');
    await sim.expectText('summary-62-added', '+2,5\u00a0M€');
    await sim.expectText('summary-62-total', '22,5\u00a0M€');
    await sim.expectText('summary-62-share', '+12,5\u202f%');
    const bottom = await sim.page.evaluate(() => document.querySelector('[data-testid="summary-status"]').getBoundingClientRect().bottom);
    assert.ok(bottom <= 800, `the rules' status ends at ${bottom} px, below the first screen`);
    sim.expectNoErrors();
  });

  for (const [width, height] of [[1280, 800], [360, 800], [800, 900], [1024, 900], [1260, 900]]) {
    it(`does not overflow sideways at ${width}×${height}`, { timeout: TEST_TIMEOUT }, async () => {
      const sim = await firefox.open({ width, height });
      // Only measure a rendered app, not an empty page.
      await sim.expectText(figure(62, 'total-combined'), eur(22_500_000));
      await sim.settle();
      const { scrollWidth, clientWidth, innerWidth } = await sim.widths();
      assert.equal(innerWidth, width, 'viewport width');
      // clientWidth (the window less its scrollbar) is the stricter bound: content wider than
      // it scrolls sideways even when it fits in innerWidth.
      assert.ok(
        scrollWidth <= clientWidth && scrollWidth <= innerWidth,
        `document is ${scrollWidth} px wide in a ${innerWidth} px window (${clientWidth} px without its scrollbar)`,
      );
      // No table is wider than its box (off-screen cards laid out too, to be measured).
      const wide = await sim.page.evaluate(() => {
        // Through the CSSOM, which the security policy allows (a <style> element it refuses).
        for (const el of document.querySelectorAll('.card, .plan-dept')) {
          el.style.setProperty('content-visibility', 'visible', 'important');
        }
        return [...document.querySelectorAll('table')]
          .map((t) => ({ table: t.className, over: t.scrollWidth - t.parentElement.clientWidth }))
          .filter((t) => t.over > 1);
      });
      assert.deepStrictEqual(wide, [], 'tables wider than their box');
      sim.expectNoErrors();
    });
  }
});
