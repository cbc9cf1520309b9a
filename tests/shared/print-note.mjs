// What the printed-note tests of both browser layers share: the hardest scenario for one
// page, and reading the pages of a printed PDF (tests/e2e/print.spec.ts in Chromium,
// tests/firefox/print.test.mjs in Firefox ESR).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Amounts that leave no rule holding: four broken and two warnings, most of them in several
 * places. Keys are cells as in the `cell-input-<key>` test ids.
 */
export const EVERY_RULE_FAILING = {
  '59-2019-insertion-dept': '0', '59-2020-insertion-dept': '0', '59-2021-insertion-dept': '0',
  '59-2019-prevention-dept': '0', '59-2020-prevention-dept': '0', '59-2021-prevention-dept': '0',
  '59-2019-prevention-state': '0', '59-2020-insertion-state': '900 000', '59-2021-prevention-state': '0',
  '62-2020-insertion-dept': '0', '62-2021-insertion-dept': '0', '62-2020-prevention-dept': '0',
  '62-2021-prevention-dept': '0', '62-2021-prevention-state': '900 000', '62-2019-insertion-state': '0',
  '62-2019-insertion-dept': '0',
};
/** A title of the longest that still fits the masthead's lines, and notes. */
export const LONG_TITLE = 'Scénario long '.repeat(8).slice(0, 100);
export const NOTES = 'À revoir avec le comité de suivi : la part du Département.';

/** What the browser prints of `page` (Playwright's or Puppeteer's), as a PDF. */
export function print(page) {
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

/**
 * The size in mm of each page of a printed PDF, as `210×297 mm`. Ghostscript reads them:
 * Firefox compresses the objects that say so.
 */
export function pageSizes(pdf) {
  const file = saved(pdf);
  const boxes = execFileSync(
    'gs',
    ['-q', '-dNODISPLAY', '-dNOSAFER', '-c', `(${file}) (r) file runpdfbegin 1 1 pdfpagecount { pdfgetpage /MediaBox pget pop == } for quit`],
    { encoding: 'utf8' },
  );
  return [...boxes.matchAll(/\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (m) => `${Math.round(Number(m[1]) * 0.3528)}×${Math.round(Number(m[2]) * 0.3528)} mm`,
  );
}

/**
 * What the QR code on the first page of a printed PDF reads: the page drawn as paper at
 * 200 dpi (Ghostscript), then read by ZBar as a phone's camera would.
 */
export function qrOnPaper(pdf) {
  const file = saved(pdf);
  const png = file.replace(/\.pdf$/, '.png');
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dFirstPage=1', '-dLastPage=1', '-sDEVICE=pnggray', '-r200', `-sOutputFile=${png}`, file]);
  return execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).trim();
}

/** The text of a printed PDF, as Ghostscript reads it. */
export function textOnPaper(pdf) {
  return execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=txtwrite', '-sOutputFile=-', saved(pdf)], { encoding: 'utf8' });
}

function saved(pdf) {
  const file = join(mkdtempSync(join(tmpdir(), 'simulateur-print-')), 'note.pdf');
  writeFileSync(file, pdf);
  return file;
}
