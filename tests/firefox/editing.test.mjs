// Editing in Firefox ESR: a shortfall typed in, reported and fixed with "Corriger"; text that
// is not an amount; Enter in an amount's field (a form of its own); the switch to English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Simulator, TEST_TIMEOUT, eur, field, firefoxSuite } from './simulator.mjs';

const { cell, figure, total } = Simulator;
const KEY = '62-2021-prevention-dept';

describe('editing in Firefox ESR', { timeout: TEST_TIMEOUT * 5 }, () => {
  const firefox = firefoxSuite();

  it('a shortfall breaks two rules; "Corriger" restores them', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.expectText(total(62, '2021-dept'), eur(500_000));
    await sim.type(cell(KEY), '200 000');
    await sim.expectText(total(62, '2021-dept'), eur(390_000));
    await sim.expectRuleStatus('matching', 'violated');
    await sim.expectRuleStatus('dept-floor', 'violated');

    await sim.click('fix-matching');
    await sim.expectEveryRule('holds');
    await sim.expectValue(cell(KEY), field(310_000));
    await sim.expectText(total(62, '2021-dept'), eur(500_000));
    sim.expectNoErrors();
  });

  it('text that is not an amount gets a message and changes no total', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.expectText(total(62, '2021-dept'), eur(500_000));
    const before = await sim.figures();
    assert.ok(Object.keys(before).length > 10, 'grid totals and plan figures are there');

    await sim.type(cell(KEY), 'abc');
    await sim.expectValue(cell(KEY), 'abc');
    await sim.expectAttr(cell(KEY), 'aria-invalid', 'true');
    await sim.expectTextMatching(`${cell(KEY)}-error`, /montant/);
    assert.deepStrictEqual(await sim.figures(), before, 'totals and plan figures');
    await sim.expectEveryRule('holds');
    sim.expectNoErrors();
  });

  it('Enter in an amount field keeps the page and what was typed', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.page.evaluate(() => {
      window.stillHere = true;
    });
    await sim.type(cell(KEY), '200 000');
    await sim.page.keyboard.press('Enter');
    await sim.expectText(total(62, '2021-dept'), eur(390_000));
    await sim.settle(500);
    assert.equal(await sim.page.evaluate(() => window.stillHere === true), true, 'the page was not reloaded');
    await sim.expectValue(cell(KEY), '200 000');
    assert.equal(await sim.page.evaluate((s) => document.activeElement === document.querySelector(s), `[data-testid="${cell(KEY)}"]`), true, 'the field keeps the focus');
    sim.expectNoErrors();
  });

  it('the language switch puts the page and its numbers in English', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.expectLang('fr');
    await sim.click('lang-toggle');
    await sim.expectLang('en');
    await sim.expectText(figure(62, 'total-combined'), '€22,500,000');
    await sim.expectText(figure(62, 'total-share'), '+12.5%');
    sim.expectNoErrors();
  });
});
