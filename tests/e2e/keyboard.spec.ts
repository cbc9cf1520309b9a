import type { Page } from '@playwright/test';

import { test, expect } from './fixtures/test';
import { ALL_HOLD, eur, field } from './pages/simulator.page';

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
  await expect(simulator.rulesSummary).toHaveText(ALL_HOLD);

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

test('focus never falls to the page when a control removes or disables itself', async ({ simulator, page }) => {
  await simulator.goto();
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');

  await simulator.byTestId('add-year').click();
  await simulator.byTestId('remove-2022').click();
  // The last year gone, focus goes to the previous year's « Retirer ».
  expect(await focused()).toBe('remove-2021');
  await simulator.byTestId('remove-2019').click();
  expect(await focused()).toBe('remove-2020');

  await simulator.cellInput('59-2020-insertion-state').fill('0');
  await simulator.byTestId('reset-59').click();
  expect(await focused()).toBe('amounts-59');

  await simulator.cellInput('59-2020-insertion-state').fill('0');
  await simulator.byTestId('reset-all').click();
  expect(await focused()).toBe('undo');

  for (let i = 0; i < 10 && (await simulator.undoButton.isEnabled()); i++) await simulator.undoButton.click();
  await expect(simulator.undoButton).toBeDisabled();
  expect(await focused()).toBe('redo');
});

test('at 360 px the focused control is never hidden under the sticky toolbar', async ({ simulator, page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await simulator.goto();
  await simulator.tabTo(simulator.cellInput('62-2021-prevention-dept'));
  await expectFocusNeverUnderToolbar(page, 30);
});

test('with the browser\'s text at twice its size, the focused control is never hidden under the sticky toolbar', async ({ simulator, page }) => {
  // The browser's own text size setting (as « very large » and beyond), not a zoom.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
  await simulator.goto();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  await page.keyboard.press('End');
  // Cards drawn as they come near the window take their real height: the page settles first.
  await simulator.settle();
  await expectFocusNeverUnderToolbar(page, 150);
});

/** Shift+Tab `steps` times; no focused control outside the toolbar may overlap it once the
 *  frame that follows the move is drawn. */
async function expectFocusNeverUnderToolbar(page: Page, steps: number): Promise<void> {
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Hidden means under the toolbar while it is stuck at the top: overlapping its box.
    const [toolbar, focused] = await page.evaluate(() => {
      const box = (e: Element) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
      return [box(document.querySelector('[data-testid="toolbar"]')!), box(document.activeElement!)];
    });
    const inToolbar = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="toolbar"]'));
    const overlaps = focused.top < toolbar.bottom - 1 && focused.bottom > toolbar.top + 1;
    const onPage = await page.evaluate(() => document.activeElement !== document.body);
    if (!inToolbar && onPage) expect(overlaps, `step ${i}: ${JSON.stringify({ toolbar, focused })}`).toBe(false);
  }
}

test('Escape hides a source tooltip until focus leaves', async ({ simulator, page }) => {
  await simulator.goto();
  const badge = simulator.byTestId('year-2021').locator('.badge');
  await badge.focus();
  await expect(badge.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(badge.getByRole('tooltip')).toBeHidden();
  await page.keyboard.press('Tab');
  await badge.focus();
  await expect(badge.getByRole('tooltip')).toBeVisible();
});

test('a tooltip opened by the pointer while a field has the focus: Escape hides it without undoing the typing', async ({ simulator, page }) => {
  await simulator.goto();
  const cell = simulator.cellInput('62-2021-prevention-dept');
  await cell.scrollIntoViewIfNeeded();
  await cell.fill('250 000');
  const badge = simulator.byTestId('year-2021').locator('.badge');
  await badge.hover();
  const tip = badge.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(cell).toBeFocused();
  await expect(cell).toHaveValue(/250/);
  // The next Escape is the field's again: it puts back the amount the edit began from.
  await page.keyboard.press('Escape');
  await expect(cell).not.toHaveValue(/250/);
});
