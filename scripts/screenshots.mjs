#!/usr/bin/env node
// Screenshots of the release build (dist/) at phone, tablet and desktop widths, for people
// to look at and for the README: docs/screenshot-<width>.png, before and after an edit.
//   node scripts/screenshots.mjs [--out docs]
import { chromium } from '@playwright/test';
import path from 'node:path';
import { serveDist } from './serve-dist.mjs';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'docs';
const server = await serveDist({ port: 0, quiet: true });
const base = `${server.url}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of [360, 768, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(base);
    await page.getByTestId('plan-62-total-share').waitFor();
    await page.screenshot({ path: path.join(out, `screenshot-${width}-start.png`), fullPage: width !== 1280 });
    const cell = page.getByTestId('cell-input-62-2021-prevention-dept');
    await cell.fill('200 000');
    await page.getByTestId('finding-matching').first().waitFor();
    await cell.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(out, `screenshot-${width}.png`), fullPage: width !== 1280 });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
