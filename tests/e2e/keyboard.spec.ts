import { test, expect } from './fixtures/test';
import { eur, field } from './pages/simulator.page';

test('the edit, fix and undo path works with the keyboard alone', async ({ simulator, page }) => {
  await simulator.goto();
  const cell = simulator.cellByName('Pas-de-Calais, 2021, Prévention, Département');

  await simulator.tabTo(cell);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('200 000');
  await expect(simulator.findings('matching')).toContainText(eur(110_000));

  const fix = simulator.fixButtons('matching');
  await simulator.tabTo(fix);
  await expect(fix).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell).toHaveValue(field(310_000));
  await expect(simulator.rulesSummary).toHaveText('Toutes les règles actives sont respectées.');

  await page.keyboard.press('Control+Z');
  await expect(cell).toHaveValue(field(200_000));
  await simulator.expectRuleStatus('matching', 'violated');
  await page.keyboard.press('Control+Shift+Z');
  await expect(cell).toHaveValue(field(310_000));
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(cell).toHaveValue(field(310_000));
  await expect(simulator.undoButton).toBeDisabled();
});

test('focus is visible on every kind of control', async ({ simulator, page }) => {
  await simulator.goto();
  for (const target of [simulator.langToggle, simulator.cellInput('62-2021-prevention-dept'), page.getByTestId('switch-matching')]) {
    await simulator.tabTo(target);
    const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, await target.getAttribute('data-testid') ?? '').not.toBe('none');
  }
});
