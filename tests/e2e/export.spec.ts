import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
  // The share added in percent, as on screen, and a plain number.
  expect(lines.find((l) => l.startsWith('Département;Période'))!.split(';')[6]).toBe('Part ajoutée (%)');
  await expect(simulator.figure(59, 'total-share')).toHaveText('+5\u00a0%');
  expect(lines.find((l) => l.startsWith('Nord;2019–2021'))!.split(';')[6]).toBe('5');
});

/** Each row of a flat ODF spreadsheet as cells: numbers as numbers, text as text. */
function sheetRows(fods: string): Array<Array<number | string>> {
  const rows: Array<Array<number | string>> = [];
  for (const row of fods.split('<table:table-row').slice(1)) {
    const cells: Array<number | string> = [];
    for (const m of row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attrs = m[1];
      const repeat = Number(attrs.match(/table:number-columns-repeated="(\d+)"/)?.[1] ?? 1);
      const value = attrs.match(/office:value-type="float"[^>]*office:value="([^"]+)"/)?.[1];
      const text = (m[2] ?? '').replace(/<[^>]+>/g, '').trim();
      for (let i = 0; i < Math.min(repeat, 20); i++) cells.push(value !== undefined ? Number(value) : text);
    }
    rows.push(cells);
  }
  return rows;
}

test('the CSV opens in LibreOffice Calc as numbers that add up to the totals on screen', async ({ page, simulator }, testInfo) => {
  test.setTimeout(90_000);
  await simulator.goto();
  await simulator.editCell('62-2021-prevention-dept', '200 000,50');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
  const dir = testInfo.outputPath('calc');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, 'scenario.csv');
  await download.saveAs(csv);
  // What a French Calc does with it: semicolons, UTF-8, French number format (locale 1036).
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--infilter=CSV:59,34,76,1,,1036', '--convert-to', 'fods', '--outdir', dir, csv],
    { stdio: 'pipe', timeout: 80_000 },
  );
  const rows = sheetRows(readFileSync(join(dir, 'scenario.fods'), 'utf8'));
  expect(rows[0].slice(0, 6)).toEqual(['Département', 'Année', 'Axe', 'État (€)', 'Département (€)', 'Total (€)']);
  const cellRows = rows.slice(1, 13);
  for (const row of cellRows) {
    for (const amount of row.slice(3, 6)) expect(typeof amount, `${row.join(' ; ')}`).toBe('number');
    expect(Math.round(((row[3] as number) + (row[4] as number)) * 100)).toBe(Math.round((row[5] as number) * 100));
  }
  const envelope = (dept: string) =>
    Math.round(cellRows.filter((r) => r[0] === dept).reduce((sum, r) => sum + (r[5] as number), 0) * 100) / 100;
  const onScreen = async (id: number) =>
    Number(((await simulator.figure(id, 'total-envelope').textContent()) ?? '').replace(/[\s\u202f\u00a0€]/g, '').replace(',', '.'));
  expect(envelope('Nord')).toBe(await onScreen(59));
  expect(envelope('Pas-de-Calais')).toBe(await onScreen(62));
  expect(envelope('Pas-de-Calais')).toBe(2_390_000.5);
  // The plan summary: every figure a number, the share added in percent.
  const nord = rows.find((r) => r[0] === 'Nord' && r[1] === '2019–2021')!;
  for (const figure of nord.slice(2, 7)) expect(typeof figure, nord.join(' ; ')).toBe('number');
  expect(nord[6]).toBe(5);
});
