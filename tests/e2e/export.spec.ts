import { readFileSync } from 'node:fs';

import { test, expect } from './fixtures/test';

test('« Exporter en CSV »: semicolons, decimal comma, BOM; the amounts add up to the totals on screen', async ({ page, simulator }) => {
  await simulator.goto();
  await simulator.editCell('62-2021-prevention-dept', '200 000,50');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe('scenario-bassin-minier.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toBe('Département;Année;Axe;État (€);Département (€);Total (€)');
  const cells = lines.slice(1, 13).map((l) => l.split(';'));
  const cents = (s: string) => Number(s.replace(',', ''));
  const pdcDept = cells.filter((c) => c[0] === 'Pas-de-Calais').reduce((sum, c) => sum + cents(c[4]), 0);
  // 1 250 000 € less 109 999,50 €.
  expect(pdcDept).toBe(114_000_050);
  const summary = lines.find((l) => l.startsWith('Pas-de-Calais;2019–2021'))!.split(';');
  await expect(simulator.figure(62, 'total-combined')).toHaveText('22\u202f390\u202f000,50\u00a0€');
  expect(summary[5]).toBe('22390000,50');
});
