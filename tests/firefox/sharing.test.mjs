// Sharing in Firefox ESR: a link opens the same figures in a fresh profile context, a reload
// restores the autosave, a bad link says what was wrong and keeps the autosaved work.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Simulator, TEST_TIMEOUT, eventually, firefoxSuite } from './simulator.mjs';

const { cell } = Simulator;

/**
 * The share link once it has caught up with the last edit: leaving the field applies its last
 * keystroke, and the field is `aria-busy` until it follows (after a 300 ms pause).
 */
async function settledLink(sim) {
  await sim.page.evaluate(() => document.activeElement?.blur());
  await sim.settle(0);
  await sim.expectAttr('share-link', 'aria-busy', null);
  const link = await sim.value('share-link');
  assert.equal(link, await sim.page.evaluate(() => location.href), 'the address carries the link');
  return link;
}

describe('sharing in Firefox ESR', { timeout: TEST_TIMEOUT * 4 }, () => {
  const firefox = firefoxSuite();

  it('a link opens with identical figures in a fresh context', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.type(cell('62-2021-prevention-dept'), '200 000');
    await sim.type('scenario-title', 'Atelier « Firefox »');
    const link = await settledLink(sim);
    const figures = await sim.figures();
    const rules = await sim.ruleStatuses();

    const other = await firefox.open({ query: `#${link.split('#')[1]}` });
    await other.expectValue('scenario-title', 'Atelier « Firefox »');
    await eventually(() => other.figures(), figures, 'the same figures');
    assert.deepEqual(await other.ruleStatuses(), rules);
    sim.expectNoErrors();
    other.expectNoErrors();
  });

  it('a reload restores the autosave; a bad link keeps it', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    await sim.type(cell('59-2020-insertion-dept'), '321 000');
    await settledLink(sim);
    const figures = await sim.figures();
    const origin = new URL(sim.page.url()).origin;
    await sim.page.goto(`${origin}/`, { waitUntil: 'load' });
    await eventually(() => sim.figures(), figures, 'the autosaved figures after a reload');
    await sim.page.goto('about:blank');
    await sim.page.goto(`${origin}/#s=AQAAAA`, { waitUntil: 'load' });
    await sim.expectTextMatching('banner', /Le lien n’a pas été ouvert.*incomplet/s);
    await eventually(() => sim.figures(), figures, 'the autosaved figures under the banner');
    sim.expectNoErrors();
  });
});
