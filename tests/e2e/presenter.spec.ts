import { test, expect } from './fixtures/test';
import { expectNoAxeViolations } from './fixtures/axe';

test.describe('presenter mode', () => {
  test('?presenter=1: large type, the summary and the rules first, secondary panels folded; Ctrl+Alt+P and the switch toggle it', async ({ page, simulator }) => {
    await simulator.goto('?presenter=1');
    const root = page.locator('html');
    await expect(root).toHaveClass(/presenter/);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await size()).toBeGreaterThanOrEqual(20);
    const top = async (id: string) => (await page.getByTestId(id).boundingBox())!.y;
    expect(await top('summary-band')).toBeLessThan(await top('rules-panel'));
    expect(await top('rules-panel')).toBeLessThan(await top('dept-59'));
    await expect(page.getByTestId('folded-parameters')).not.toHaveAttribute('open', '');
    await expect(page.getByTestId('parameters')).toBeHidden();
    // Cards drawn as they come near the window take their real height then (the page keeps
    // its place by scroll anchoring): the click waits for the page to settle where it scrolled.
    const summary = page.getByTestId('folded-parameters').locator('summary');
    await summary.scrollIntoViewIfNeeded();
    await simulator.settle();
    await summary.click();
    await expect(page.getByTestId('parameters')).toBeVisible();
    await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Control+Alt+KeyP');
    await expect(root).not.toHaveClass(/presenter/);
    await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('share-panel')).toBeVisible();
    await page.getByTestId('presenter-toggle').click();
    await expect(root).toHaveClass(/presenter/);
  });

  test('the mode left stays left after a reload: the address drops ?presenter=1', async ({ page, simulator }) => {
    await simulator.goto('?presenter=1');
    const root = page.locator('html');
    await expect(root).toHaveClass(/presenter/);
    await page.getByTestId('presenter-toggle').click();
    await expect(root).not.toHaveClass(/presenter/);
    await expect.poll(() => new URL(page.url()).searchParams.has('presenter')).toBe(false);
    await page.reload();
    await expect(page.getByTestId('app')).toBeVisible();
    await expect(root).not.toHaveClass(/presenter/);
    // Turned on again, it is in the address again.
    await page.keyboard.press('Control+Alt+KeyP');
    await expect.poll(() => new URL(page.url()).searchParams.get('presenter')).toBe('1');
  });

  test('on a phone, a workshop\'s presenter link has its way out and no sideways scroll', async ({ page, simulator }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await simulator.goto('?presenter=1');
    await expect(page.getByTestId('presenter-toggle')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByTestId('presenter-toggle').click();
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    // Out of presenter mode a phone keeps its short header.
    await expect(page.getByTestId('presenter-toggle')).toBeHidden();
  });

  for (const lang of ['fr', 'en']) {
    test(`no accessibility violation in presenter mode in ${lang}`, async ({ page, simulator }, testInfo) => {
      await simulator.goto(`?presenter=1&lang=${lang}`);
      await simulator.settle();
      await expectNoAxeViolations(page, testInfo);
    });
  }
});
