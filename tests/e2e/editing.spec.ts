import { test, expect } from './fixtures/test';
import { ALL_HOLD, eur, field } from './pages/simulator.page';

const PDC_2021_PREVENTION_DEPT = 'Pas-de-Calais, 2021, Prévention, Département';
const KEY = '62-2021-prevention-dept';

test.describe('editing a contribution', () => {
  test('a shortfall is reported to the euro, fixed with "Corriger" and undone', async ({ simulator, errors }) => {
    await simulator.goto();
    const cell = simulator.cellByName(PDC_2021_PREVENTION_DEPT);
    await expect(simulator.byTestId('scenario-modified')).toHaveCount(0);
    await cell.fill('200 000');
    await expect(simulator.byTestId('scenario-modified')).toHaveText('modifié');

    // The rules panel reports Pas-de-Calais 2021 short by exactly 110 000 €.
    await simulator.expectRuleStatus('matching', 'violated');
    await simulator.expectRuleStatus('dept-floor', 'violated');
    await expect(simulator.findings('matching')).toHaveCount(1);
    await expect(simulator.findings('matching')).toContainText(`Pas-de-Calais, 2021\u00a0: il manque ${eur(110_000)}`);
    await expect(simulator.findings('dept-floor')).toContainText(eur(110_000));
    await expect(simulator.rulesSummary).toHaveText('2\u00a0règles non respectées, 4\u00a0respectées.');
    // The same sentence stays in view in the toolbar, in the polite live region.
    await expect(simulator.statusChip).toHaveText('✗ 2\u00a0règles non respectées, 4\u00a0respectées.');
    // Screen readers hear it from a polite live region once the typing pauses.
    await expect(simulator.byTestId('rules-announcer')).toHaveAttribute('aria-live', 'polite');
    await expect(simulator.byTestId('rules-announcer')).toHaveText('2\u00a0règles non respectées, 4\u00a0respectées.');

    // Totals, the plan-plus-envelope table and the chart follow.
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(390_000));
    await expect(simulator.figure(62, '2021-envelope')).toHaveText(eur(890_000));
    await expect(simulator.figure(62, 'total-envelope')).toHaveText(eur(2_390_000));
    await expect(simulator.figure(62, 'total-share')).toHaveText('+11,95\u202f%');
    await expect(simulator.byTestId('bar-62-2021')).toContainText('7,56\u00a0M€');
    await expect(simulator.byTestId(`cell-input-${KEY}-diff`)).toContainText(`\u2212${eur(110_000)}`);

    // "Corriger" applies the suggested fix: every rule holds again.
    await simulator.fixButtons('matching').click();
    await expect(cell).toHaveValue(field(310_000));
    await expect(simulator.rulesSummary).toHaveText(ALL_HOLD);
    await expect(cell).toBeFocused();

    // Undo brings the previous value back, and the finding with it; redo re-applies the fix.
    await simulator.undoButton.click();
    await expect(cell).toHaveValue(field(200_000));
    await simulator.expectRuleStatus('matching', 'violated');
    await simulator.redoButton.click();
    await expect(cell).toHaveValue(field(310_000));
    await simulator.expectRuleStatus('matching', 'holds');
    errors.expectNone();
  });

  test('typing "abc" shows a message beside the field and changes nothing else', async ({ simulator, page, errors }) => {
    await simulator.goto();
    const snapshot = () =>
      page.evaluate(() => ({
        values: Object.fromEntries(
          [...document.querySelectorAll('input')].map((i) => [i.id, i.type === 'checkbox' ? String(i.checked) : i.value]),
        ),
        figures: [...document.querySelectorAll('td.num, [data-testid^="rule-"]')].map((e) => e.textContent),
      }));
    const before = await snapshot();
    const cell = simulator.cellInput(KEY);
    await cell.fill('abc');
    await expect(simulator.cellError(KEY)).toHaveText(/Saisissez un montant en chiffres/);
    // Said as it appears, not only when the field is read again.
    await expect(simulator.cellError(KEY)).toHaveAttribute('role', 'alert');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(cell).toHaveAttribute('aria-describedby', `cell-input-${KEY}-error`);
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(500_000));
    await expect(simulator.rulesSummary).toHaveText(ALL_HOLD);
    await expect(simulator.undoButton).toBeDisabled();
    const after = await snapshot();
    expect(after.figures).toEqual(before.figures);
    expect(after.values).toEqual({ ...before.values, [`cell-input-${KEY}`]: 'abc' });
    // Fixing the text takes effect at once.
    await cell.fill('300 000');
    await expect(simulator.cellError(KEY)).toHaveCount(0);
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(490_000));
    errors.expectNone();
  });

  test('a typo\'s message stays in its column: no column moves at 1280 px, and at 360 px the label faces its field', async ({ simulator, page }) => {
    await simulator.goto();
    const cell = simulator.cellInput(KEY);
    await cell.scrollIntoViewIfNeeded();
    const columns = () =>
      cell.evaluate((input) => [...input.closest('table')!.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width)));
    const before = await columns();
    await cell.fill('500,000');
    await expect(simulator.cellError(KEY)).toHaveText(/Milliers ou décimales/);
    // The invalid field's thicker border may take a few pixels; the message took 50 to 160.
    const after = await columns();
    after.forEach((width, i) => expect(Math.abs(width - before[i]), `column ${i}: ${before} → ${after}`).toBeLessThanOrEqual(4));

    await page.setViewportSize({ width: 360, height: 800 });
    await cell.scrollIntoViewIfNeeded();
    // The label is the cell's ::before, which no script can measure: its ink is found in a
    // screenshot of the cell's left column, read back through a canvas.
    const boxes = await cell.evaluate((input) => {
      const td = input.closest('td')!.getBoundingClientRect();
      const field = input.getBoundingClientRect();
      return { x: td.left, y: td.top, width: field.left - td.left - 4, height: td.height, top: field.top, bottom: field.bottom };
    });
    const png = await page.screenshot({ clip: { x: boxes.x, y: boxes.y, width: boxes.width, height: boxes.height } });
    const ink = await page.evaluate(async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const rows: number[] = [];
      for (let y = 0; y < bitmap.height; y++) {
        for (let x = 0; x < bitmap.width; x++) {
          const i = (y * bitmap.width + x) * 4;
          if (data[i] + data[i + 1] + data[i + 2] < 3 * 150) { rows.push(y); break; }
        }
      }
      return [rows[0], rows[rows.length - 1]];
    }, [...png]);
    const label = boxes.y + (ink[0] + ink[1]) / 2;
    const field = [boxes.top, boxes.bottom];
    expect(label).toBeGreaterThanOrEqual(field[0]);
    expect(label).toBeLessThanOrEqual(field[1]);
  });

  test('a typo costs nothing: « 25O 000 » leaves every total as it was, Escape restores the field', async ({ simulator, page }) => {
    await simulator.goto();
    const cell = simulator.cellInput('62-2020-insertion-dept');
    const totals = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-testid^="total-"], [data-testid^="summary-"] dd')].map((e) => e.textContent));
    const before = await totals();
    await cell.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25O 000');
    await expect(simulator.cellError('62-2020-insertion-dept')).toContainText('Saisissez un montant en chiffres');
    expect(await totals()).toEqual(before);
    await simulator.expectRuleStatus('matching', 'holds');
    // Leaving the field keeps the message and the previous value.
    await page.keyboard.press('Tab');
    await expect(simulator.cellError('62-2020-insertion-dept')).toBeVisible();
    expect(await totals()).toEqual(before);
    await cell.focus();
    await page.keyboard.press('Escape');
    await expect(cell).toHaveValue(field(190_000));
    await expect(simulator.cellError('62-2020-insertion-dept')).toHaveCount(0);
    expect(await totals()).toEqual(before);
  });

  test('every money format a French user types is read', async ({ simulator }) => {
    await simulator.goto();
    const cell = simulator.cellInput(KEY);
    const cases: [string, number][] = [
      ['500000', 500_000], ['500 000', 500_000], ['500\u00a0000 €', 500_000], ['500\u202f000,50', 500_000.5],
      ['0,5 M€', 500_000], ['1,2 M', 1_200_000], ['500 k€', 500_000], ['250k', 250_000],
    ];
    for (const [typed, amount] of cases) {
      await cell.fill(typed);
      await expect(simulator.total(62, '2021-dept'), typed).toHaveText(eur(190_000 + amount));
    }
    for (const [typed, message] of [['-5', /positif ou nul/], ['1,234', /Milliers ou décimales/], ['1,2345', /deux décimales au plus/], ['2 000 000 000 000', /1\u00a0000\u00a0milliards/], ['', /Saisissez un montant/], ['1 2 3', /montant en chiffres/], ['50 0000', /montant en chiffres/], ['9'.repeat(101), /Texte trop long/]] as const) {
      await cell.fill(typed);
      await expect(simulator.cellError(KEY), typed).toHaveText(message);
      // A typo costs nothing: the model holds the amount from before this edit began.
      await expect(simulator.total(62, '2021-dept')).toHaveText(eur(500_000));
    }
  });

  test('arrow keys step by 10 000 €, with Shift by 100 000 €, and one undo step per field', async ({ simulator }) => {
    await simulator.goto();
    const cell = simulator.cellInput(KEY);
    await cell.focus();
    await cell.press('ArrowUp');
    await expect(cell).toHaveValue(field(320_000));
    await cell.press('Shift+ArrowUp');
    await expect(cell).toHaveValue(field(420_000));
    await cell.press('ArrowDown');
    await expect(cell).toHaveValue(field(410_000));
    await cell.press('Tab');
    await simulator.undoButton.click();
    await expect(cell).toHaveValue(field(310_000));
    await expect(simulator.undoButton).toBeDisabled();
  });

  test('the language switch translates labels, rule messages and number formats', async ({ simulator, page }) => {
    await simulator.goto();
    await simulator.cellInput(KEY).fill('200 000');
    await simulator.langToggle.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(simulator.cellByName('Pas-de-Calais, 2021, Prevention, Département')).toHaveValue('200,000');
    await expect(simulator.findings('matching')).toContainText('Pas-de-Calais, 2021: the Département is €110,000 short of 1:1 matching');
    await expect(simulator.figure(62, 'total-combined')).toHaveText('€22,390,000');
    await expect(simulator.fixButtons('matching')).toHaveText('Fix');
    await simulator.langToggle.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(simulator.fixButtons('matching')).toHaveText('Corriger');

    // Text typed in one language is not reread in the other: "1,234" (invalid in French)
    // would be 1 234 in English. The switch shows the model's value again.
    await simulator.cellInput(KEY).fill('1,234');
    await expect(simulator.cellError(KEY)).toBeVisible();
    await simulator.langToggle.click();
    await expect(simulator.cellInput(KEY)).toHaveValue('200,000');
    await expect(simulator.cellError(KEY)).toHaveCount(0);
  });

  test('parameters: a 2022 amendment year, a 2:1 ratio, a rule switched off, resets', async ({ simulator, page }) => {
    await simulator.goto();
    await simulator.byTestId('add-year').click();
    await expect(simulator.cellByName('Nord, 2022, Prévention, État')).toHaveValue(field(250_000));
    await expect(simulator.byTestId('remove-2022')).toBeVisible();
    // The Pas-de-Calais plan, stretched to 2022, takes that year's envelope in.
    await simulator.byTestId('plan-62-to').selectOption('2022');
    await expect(simulator.figure(62, 'total-envelope')).toHaveText(eur(3_500_000));
    await expect(simulator.figure(62, 'total-share')).toHaveText('+17,5\u202f%');
    await expect(simulator.byTestId('plan-62-from').locator('option')).toHaveCount(2022 - 2018 + 1);

    await page.getByTestId('param-ratio').fill('2');
    await simulator.expectRuleStatus('matching', 'violated');
    // 2 départements × 4 years fall short: five are shown, the rest folded behind a button.
    await expect(simulator.findings('matching')).toHaveCount(5);
    await simulator.byTestId('more-matching').click();
    await expect(simulator.findings('matching')).toHaveCount(8);
    await expect(simulator.byTestId('more-matching')).toHaveAttribute('aria-expanded', 'true');
    await page.getByTestId('switch-matching').uncheck();
    await simulator.expectRuleStatus('matching', 'off');
    // Never the all-clear while a rule is switched off.
    await expect(simulator.rulesSummary).toHaveText('5\u00a0règles respectées, 1\u00a0désactivée.');
    await expect(simulator.statusChip).toHaveText('! 5\u00a0règles respectées, 1\u00a0désactivée.');

    await simulator.cellInput('59-2020-insertion-state').fill('0');
    await expect(simulator.byTestId('reset-59')).toBeEnabled();
    await simulator.byTestId('reset-59').click();
    await expect(simulator.cellInput('59-2020-insertion-state')).toHaveValue(field(250_000));

    // A changed envelope is marked as such, its original source kept in the tooltip.
    await simulator.byTestId('env-2020').fill('400 000');
    await expect(simulator.byTestId('year-2020').locator('.badge')).toHaveText(/^Modifié/);
    await expect(simulator.byTestId('year-2022').locator('.badge')).toHaveText(/^Hypothèse/);

    // A removed year of the convention comes back as it was.
    await simulator.byTestId('remove-2021').click();
    await simulator.byTestId('remove-2020').click();
    await simulator.byTestId('restore-2020').click();
    await expect(simulator.byTestId('full-2020')).toBeChecked();
    await expect(simulator.byTestId('env-2020')).toHaveValue(field(500_000));

    await simulator.byTestId('reset-all').click();
    await expect(simulator.byTestId('remove-2022')).toHaveCount(0);
    await simulator.expectRuleStatus('matching', 'holds');
    await expect(page.getByTestId('param-ratio')).toHaveValue('1');
  });
});
