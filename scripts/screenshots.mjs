#!/usr/bin/env node
// Screenshots of the release build (dist/) at phone, tablet and desktop widths, for people to
// look at and for the README, after "Pas-de-Calais, 2021, Prévention, Département" is set to
// 200 000 €: docs/screenshot-<width>.png is the first screen (the summary band first),
// docs/findings-<width>.png the Pas-de-Calais grid with its amounts marked by the findings,
// docs/share-<width>.png the « Partager et enregistrer » card with a title, a saved scenario
// and the QR code open; docs/atelier-1280.png the demo workshop page (two embedded
// simulators), docs/presenter-1280.png presenter mode during an exercise, and
// docs/print-note.png the printed A4 note of a scenario with rules broken (the browser's PDF,
// drawn as an image by Ghostscript's gs, a dependency of LibreOffice).
//   node scripts/screenshots.mjs [--out docs]
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDist } from './serve-dist.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'docs';
const server = await serveDist({ port: 0, quiet: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [width, height] of [[360, 780], [768, 1024], [1280, 860]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${server.url}/`);
    await page.getByTestId('plan-62-total-share').waitFor();
    const cell = page.getByTestId('cell-input-62-2021-prevention-dept');
    await cell.fill('200 000');
    await page.getByTestId('finding-matching').first().waitFor();
    // The first screen, as the page opens: the answer at the top.
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `screenshot-${width}.png`) });
    // The edited grid under the sticky toolbar, its marked amounts in view.
    await page.getByTestId('cell-input-62-2021-prevention-dept-flag').waitFor();
    await page.getByTestId(width < 700 ? 'cell-input-62-2021-prevention-dept' : 'dept-62').evaluate((el) => {
      const toolbar = document.querySelector('[data-testid="toolbar"]').getBoundingClientRect().height;
      const above = window.innerWidth < 700 ? 200 : 0;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - toolbar - 12 - above);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `findings-${width}.png`) });
    // Sharing: a title, the scenario saved, the QR code open.
    await page.getByTestId('scenario-title').fill('Atelier « Prévention 2021 »');
    await page.getByTestId('scenario-notes').fill('Le Département du Pas-de-Calais réduit sa part prévention en 2021.');
    await page.getByTestId('save-scenario').click();
    await page.getByTestId('qr-details').locator('summary').click();
    await page.getByTestId('qr-code').waitFor();
    // The sticky toolbar would cover the top of a card taller than the window.
    // (Through the CSSOM: the page's security policy refuses an added <style>.)
    await page.evaluate(() => document.querySelector('.toolbar')?.style.setProperty('position', 'static', 'important'));
    await page.waitForTimeout(400);
    await page.getByTestId('share-panel').screenshot({ path: path.join(out, `share-${width}.png`) });
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${server.url}/atelier.html`);
  const a = page.frameLocator('#groupe-a');
  await a.getByTestId('cell-input-62-2021-prevention-dept').fill('200 000');
  await page.frameLocator('#groupe-b').getByTestId('scenario-modified').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(out, 'atelier-1280.png') });
  await page.goto(`${server.url}/?presenter=1&exercise=coupe-etat-2021`);
  await page.getByTestId('exercise-panel').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'presenter-1280.png') });
  // The printed note, with four rules broken, a title and notes.
  await page.goto(`${server.url}/`);
  for (const [id, value] of [['59-2020-insertion-dept', '0'], ['62-2021-prevention-state', '900 000']]) {
    await page.getByTestId(`cell-input-${id}`).fill(value);
  }
  await page.getByTestId('scenario-title').fill('Comité de suivi, juin');
  await page.getByTestId('scenario-notes').fill('À revoir avec le comité de suivi : la part du Département en 2020.');
  await page.waitForTimeout(600);
  const pdf = path.join(tmpdir(), 'simulateur-note.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  execFileSync('gs', ['-q', '-sDEVICE=png16m', '-r80', '-dFirstPage=1', '-dLastPage=1', '-o', path.join(out, 'print-note.png'), pdf]);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
