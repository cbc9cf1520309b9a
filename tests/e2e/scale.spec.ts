import { test, expect } from './fixtures/test';
import { ALL_HOLD } from './pages/simulator.page';

/**
 * A national scenario: 101 départements × 5 years × 4 axes, 4 040 amounts. Cards are drawn as
 * they come near the window; anything aimed at one not drawn yet draws them and reaches it.
 */
test.describe('national scale (?bench=101x5x4)', () => {
  test.setTimeout(60_000);
  test('opens with the cards in view drawn, every rule checked over all 4 040 amounts', async ({ simulator, page }) => {
    await simulator.goto('?bench=101x5x4');
    await expect(page.getByTestId('scenario-name')).toContainText('101\u00a0départements × 5\u00a0années × 4\u00a0axes');
    await expect(simulator.rulesSummary).toHaveText(ALL_HOLD);
    // The summary band lists every département; the grids below the fold wait.
    await expect(page.locator('[data-testid^="summary-D"][data-testid$="-total"]')).toHaveCount(99);
    const drawn = await simulator.cellInputs.count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(4040);
    // Not drawn, but named: heading navigation and find-in-page reach every département.
    await expect(page.getByRole('heading', { level: 2, name: 'Département 87', exact: true })).toHaveCount(1);
    await expect(page.getByTestId('dept-D87')).toHaveCount(0);
    // Scrolling to the last grid draws it.
    const last = page.getByTestId('dept-D101');
    await expect(last).toHaveCount(0);
    for (let i = 0; i < 100 && (await last.count()) === 0; i++) {
      await page.evaluate(() => [...document.querySelectorAll('.dept-placeholder')].at(-1)?.scrollIntoView());
      await page.waitForTimeout(50);
    }
    await expect(last).toBeVisible();
    await expect(page.getByTestId('cell-input-D101-2023-insertion-dept')).toHaveValue(/\d/);
  });

  test('a link to a card not drawn yet reaches it; an edit there counts in the rules', async ({ simulator, page }) => {
    await simulator.goto('?bench=101x5x4');
    await page.getByRole('link', { name: /Département 87/ }).click();
    const heading = page.locator('#plan-D87-heading');
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // Jump to the grid of that département through its cell's id, as a finding's link does.
    await page.evaluate(() => { location.hash = 'cell-input-D87-2021-prevention-dept'; });
    const cell = page.getByTestId('cell-input-D87-2021-prevention-dept');
    await expect(cell).toBeFocused();
    await cell.fill('0');
    await cell.press('Tab');
    await expect(simulator.rulesSummary).not.toHaveText(ALL_HOLD);
  });

  test('the plans in the parameters are drawn as they come near, and a far one takes an edit', async ({ simulator, page }) => {
    await simulator.goto('?bench=101x5x4');
    const plans = page.locator('[data-testid^="plan-fields-"]');
    expect(await plans.count()).toBeLessThan(20);
    // Named while waiting: find-in-page reaches every plan.
    await expect(page.locator('.plan-fields-placeholder', { hasText: 'Département 87' })).toHaveCount(1);
    const far = page.getByTestId('plan-fields-D87');
    for (let i = 0; i < 100 && (await far.count()) === 0; i++) {
      await page.locator('.plan-fields-placeholder', { hasText: 'Département 87' }).scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForTimeout(50);
    }
    await expect(far).toBeVisible();
    const summary = page.getByTestId('summary-D87-plan');
    const before = await summary.textContent();
    const state = far.getByRole('textbox').first();
    await state.fill('30 000 000');
    await state.press('Tab');
    await expect(state).toHaveValue(/^30\s000\s000$/);
    await expect(summary).not.toHaveText(before!);
    expect(await plans.count()).toBeLessThan(101);
  });

  test('the keyboard walks on from one grid into the next, drawn as the focus comes near', async ({ simulator, page }) => {
    await simulator.goto('?bench=101x5x4');
    await page.getByTestId('cell-input-D04-2023-axe-4-dept').focus();
    const inNext = () => page.evaluate(() => !!document.activeElement?.closest('section[data-testid="dept-D05"]'));
    for (let i = 0; i < 15 && !(await inNext()); i++) await page.keyboard.press('Tab');
    expect(await inNext()).toBe(true);
  });
});
