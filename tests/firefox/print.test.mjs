// The printed note in Firefox ESR: one A4 page, for the convention and for a scenario with
// every rule failing in many places, a long title and notes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Simulator, TEST_TIMEOUT, firefoxSuite } from './simulator.mjs';

const { cell } = Simulator;

/**
 * The size in mm of each page of the PDF Firefox prints (WebDriver BiDi
 * `browsingContext.print`). Its objects are compressed: Ghostscript reads them.
 */
async function printedPages(sim) {
  const pdf = join(mkdtempSync(join(tmpdir(), 'simulateur-print-')), 'note.pdf');
  writeFileSync(pdf, await sim.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const boxes = execFileSync(
    'gs',
    ['-q', '-dNODISPLAY', '-dNOSAFER', '-c', `(${pdf}) (r) file runpdfbegin 1 1 pdfpagecount { pdfgetpage /MediaBox pget pop == } for quit`],
    { encoding: 'utf8' },
  );
  return [...boxes.matchAll(/\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (m) => `${Math.round(Number(m[1]) * 0.3528)}×${Math.round(Number(m[2]) * 0.3528)} mm`,
  );
}

describe('the printed note in Firefox ESR', { timeout: TEST_TIMEOUT * 3 }, () => {
  const firefox = firefoxSuite();

  it('the convention prints on one A4 page', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    assert.deepEqual(await printedPages(sim), ['210×297 mm']);
    sim.expectNoErrors();
  });

  it('every rule failing in many places, a long title and notes: still one page', { timeout: TEST_TIMEOUT }, async () => {
    const sim = await firefox.open();
    const edits = {
      '59-2019-insertion-dept': '0', '59-2020-insertion-dept': '0', '59-2021-insertion-dept': '0',
      '59-2019-prevention-dept': '0', '59-2020-prevention-dept': '0', '59-2021-prevention-dept': '0',
      '59-2019-prevention-state': '0', '59-2020-insertion-state': '900 000', '59-2021-prevention-state': '0',
      '62-2020-insertion-dept': '0', '62-2021-insertion-dept': '0', '62-2020-prevention-dept': '0',
      '62-2021-prevention-dept': '0', '62-2021-prevention-state': '900 000', '62-2019-insertion-state': '0',
      '62-2019-insertion-dept': '0',
    };
    for (const [key, amount] of Object.entries(edits)) await sim.type(cell(key), amount);
    await sim.type('scenario-title', 'Scénario long '.repeat(8).slice(0, 100));
    await sim.type('scenario-notes', 'À revoir avec le comité de suivi : la part du Département.');
    await sim.settle(500);
    const statuses = Object.values(await sim.ruleStatuses());
    assert.ok(!statuses.includes('holds'), `no rule holds: ${statuses}`);
    assert.deepEqual(await printedPages(sim), ['210×297 mm']);
    sim.expectNoErrors();
  });
});
