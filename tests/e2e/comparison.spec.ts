import { readFileSync } from 'node:fs';

import type { Locator, Page } from '@playwright/test';

import { test, expect } from './fixtures/test';
import type { SimulatorPage } from './pages/simulator.page';
import { expectNoAxeViolations } from './fixtures/axe';

function frozen(name: string): string {
  const blocks = readFileSync('tests/links/frozen.txt', 'utf8').split('\n\n');
  return blocks.find((b) => b.startsWith(name))!.split('\n')[1];
}

/** Opens the simulator, cuts Pas-de-Calais 2021 Prévention and saves it as « Coupe 2021 »:
 * the comparison card, nothing chosen yet. */
async function saveCut(page: Page, simulator: SimulatorPage): Promise<Locator> {
  await simulator.goto();
  await simulator.editCell('62-2021-prevention-dept', '200 000');
  await page.getByTestId('scenario-title').fill('Coupe 2021');
  await page.getByTestId('save-scenario').click();
  return page.getByTestId('comparison');
}

test.describe('comparison', () => {
  test('up to three scenarios beside the signed convention, with their differences and one scale', async ({ page, simulator }, testInfo) => {
    const compare = await saveCut(page, simulator);
    await compare.getByLabel('Le scénario en cours').check();
    await compare.getByLabel('Coupe 2021').check();
    await compare.getByTestId('compare-paste').fill(`http://127.0.0.1:4173/#${frozen('# v1 prolonged to 2023')}`);
    await compare.getByTestId('compare-add').click();
    const table = compare.getByTestId('compare-table');
    await expect(table.locator('thead th')).toHaveCount(5);
    const pdcTotal = table.locator('tbody tr').filter({ hasText: 'Pas-de-Calais — Ensemble' });
    await expect(pdcTotal.locator('td').nth(0)).toHaveText('22\u202f500\u202f000\u00a0€');
    await expect(pdcTotal.locator('td').nth(1)).toHaveText('22\u202f390\u202f000\u00a0€ (−110\u202f000\u00a0€)');
    await expect(compare.getByTestId('compare-violations')).toHaveText(['2', '2', '1']);
    // A fourth is refused, and so is a link that is not a scenario.
    await expect(compare.getByTestId('compare-paste')).toBeVisible();
    await compare.getByTestId('compare-paste').fill('#s=AQAAAA');
    await compare.getByTestId('compare-add').click();
    await expect(compare.getByTestId('compare-problem')).toContainText('Trois scénarios');
    await expect(compare.getByTestId('compare-paste')).toHaveAttribute('aria-invalid', 'true');
    // Bars on one scale: the largest contribution is the full width.
    const widths = await compare.locator('.bar-svg rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(Math.max(...widths)).toBe(600);
    await simulator.settle();
    await expectNoAxeViolations(page, testInfo);
  });

  test('a saved scenario deleted once chosen gives its place back, and a pasted link keeps its own name', async ({ page, simulator }) => {
    const compare = await saveCut(page, simulator);
    await compare.getByLabel('Coupe 2021').check();
    await page.getByTestId('saved-delete').click();
    await expect(compare.getByLabel('Coupe 2021')).toHaveCount(0);
    // Three links can still be pasted, each under its own name.
    for (let i = 0; i < 3; i++) {
      await compare.getByTestId('compare-paste').fill(`http://127.0.0.1:4173/#${frozen('# v1 prolonged to 2023')}`);
      await compare.getByTestId('compare-add').click();
    }
    await expect(compare.getByTestId('compare-problem')).toHaveCount(0);
    await expect(compare.locator('.pasted')).toHaveText(Array(3).fill(/^Lien collé/));
    await expect(compare.getByTestId('compare-table').locator('thead th')).toHaveCount(5);
  });

  test('a saved scenario not built on the convention is refused by name, its box left unticked', async ({ page, simulator }) => {
    await simulator.goto('?bench=3x3x2');
    await page.getByTestId('scenario-title').fill('Grille');
    await page.getByTestId('save-scenario').click();
    const compare = page.getByTestId('comparison');
    const box = compare.getByLabel('Grille');
    await box.click();
    await expect(compare.getByTestId('compare-problem')).toHaveText(
      '«\u00a0Grille\u00a0» n’est pas bâti sur la convention signée\u00a0: il ne se compare pas à elle.',
    );
    await expect(box).not.toBeChecked();
    await expect(compare.getByTestId('compare-table')).toHaveCount(0);
  });

  test('no accessibility violation in the comparison in English', async ({ page, simulator }, testInfo) => {
    await simulator.goto('?lang=en');
    await page.getByTestId('comparison').getByLabel('The current scenario').check();
    await simulator.settle();
    await expectNoAxeViolations(page, testInfo);
  });
});

test('at 360 px the comparison table becomes labelled blocks: no column behind a sideways scroll', async ({ page, simulator }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await simulator.goto();
  await simulator.editCell('62-2021-prevention-dept', '200 000');
  await page.getByTestId('save-scenario').click();
  const compare = page.getByTestId('comparison');
  for (const box of await compare.locator('input[type=checkbox]').all()) await box.check();
  const table = compare.getByTestId('compare-table');
  await expect(table).toBeVisible();
  const overflow = await table.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
