// The printed note in Firefox ESR: one A4 page, for the convention and for a scenario with
// every rule failing in many places, a long title and notes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVERY_RULE_FAILING, LONG_TITLE, NOTES, pageSizes, print, qrOnPaper, textOnPaper } from '../shared/print-note.mjs';
import { Simulator, TEST_TIMEOUT, eventually, firefoxSuite } from './simulator.mjs';

const { cell } = Simulator;

/** The size of each page Firefox prints (WebDriver BiDi `browsingContext.print`). */
async function printedPages(sim) {
  return pageSizes(await print(sim.page));
}

describe('the printed note in Firefox ESR', { timeout: TEST_TIMEOUT * 3 }, () => {
  const firefox = firefoxSuite();

  it('the convention prints on one A4 page, whose QR code opens it', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    const pdf = await print(sim.page);
    assert.deepEqual(pageSizes(pdf), ['210×297 mm']);
    assert.equal(qrOnPaper(pdf), await sim.value('share-link'));
    sim.expectNoErrors();
  });

  it('the note is dated when it is printed, not when the page was opened', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    const opened = await sim.text('print-date');
    // Three hours later, by the page's clock.
    await sim.page.evaluate(() => {
      const real = Date.now;
      Date.now = () => real() + 3 * 3600 * 1000;
    });
    await eventually(async () => (await sim.text('print-date')) !== opened, true, 'the date follows the clock');
    const before = await sim.text('print-date');
    const paper = textOnPaper(await print(sim.page)).replace(/\s+/g, ' ');
    const after = await sim.text('print-date');
    assert.ok(paper.includes(before) || paper.includes(after), `« ${after} » on paper:\n${paper}`);
    sim.expectNoErrors();
  });

  it('Ctrl+P prints a large scenario whole: cards not drawn yet are drawn before Firefox prints', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open({ query: '?bench=10x10x4' });
    assert.ok((await sim.page.$$('.on-screen-placeholder')).length > 0, 'cards wait below the window');
    // The print the shortcut starts is the PDF below.
    await sim.page.evaluate(() => {
      window.print = () => {};
    });
    await sim.page.keyboard.down('Control');
    await sim.page.keyboard.press('KeyP');
    await sim.page.keyboard.up('Control');
    await eventually(() => sim.page.evaluate(() => document.querySelectorAll('.on-screen-placeholder').length), 0, 'every card drawn');
    // Each département's plan table ends with its period's row.
    const periods = textOnPaper(await print(sim.page)).match(/^\s*Période\s+[\d\s]+(,\d+)?\s€/gm) ?? [];
    assert.equal(periods.length, 10, 'ten plan tables on paper');
    sim.expectNoErrors();
  });

  it('every rule failing in many places, a long title and notes: still one page', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    for (const [key, amount] of Object.entries(EVERY_RULE_FAILING)) await sim.type(cell(key), amount);
    await sim.type('scenario-title', LONG_TITLE);
    await sim.type('scenario-notes', NOTES);
    await sim.settle(500);
    const statuses = Object.values(await sim.ruleStatuses());
    assert.ok(!statuses.includes('holds'), `no rule holds: ${statuses}`);
    assert.deepEqual(await printedPages(sim), ['210×297 mm']);
    sim.expectNoErrors();
  });
});
