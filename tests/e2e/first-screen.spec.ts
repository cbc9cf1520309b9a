import { test, expect } from './fixtures/test';
import { ALL_HOLD, eur } from './pages/simulator.page';

test.describe('first screen', () => {
  test('loads without console errors or page errors and shows the app', async ({ simulator, errors }) => {
    await simulator.goto();
    await expect(simulator.app).toBeVisible();
    await expect(simulator.page).toHaveTitle(/Simulateur bassin minier/);
    await expect(simulator.page.locator('html')).toHaveAttribute('lang', 'fr');
    await simulator.settle();
    errors.expectNone();
  });

  test('shows the press release figures for Pas-de-Calais 2019–2021', async ({ simulator }) => {
    await simulator.goto();
    await expect(simulator.figure(62, 'total-plan')).toHaveText(eur(20_000_000));
    await expect(simulator.figure(62, 'total-envelope')).toHaveText(eur(2_500_000));
    await expect(simulator.figure(62, 'total-combined')).toHaveText(eur(22_500_000));
    await expect(simulator.figure(62, 'total-share')).toHaveText('+12,5\u202f%');
  });

  test('every rule holds for the signed convention, and says so', async ({ simulator }) => {
    await simulator.goto();
    for (const id of ['state-ceiling', 'state-total', 'state-commitment', 'matching', 'dept-floor', 'both-axes']) {
      await simulator.expectRuleStatus(id, 'holds');
      await expect(simulator.byTestId(`rule-${id}-status`)).toHaveText('Respectée');
    }
    await expect(simulator.rulesSummary).toHaveText(ALL_HOLD);
  });

  test('marks figures that are not in the convention as such, with their source on focus', async ({ simulator, page }) => {
    await simulator.goto();
    const hypothesis = simulator.byTestId('dept-59').locator('[data-kind="hypothesis"]').first();
    await hypothesis.focus();
    await expect(hypothesis.getByRole('tooltip')).toBeVisible();
    await expect(hypothesis.getByRole('tooltip')).toContainText(/250\sk€/);
    await expect(page.locator('[data-kind="secondary"]').first()).toBeVisible();
  });
});

test('a generated 10 × 10 × 4 scenario opens from the address and holds every rule', async ({ simulator, page }) => {
  await simulator.goto('?bench=10x10x4');
  // Grids are drawn as they come near the window: all ten once scrolled through.
  for (let i = 0; i < 100 && (await simulator.cellInputs.count()) < 800; i++) {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    await page.waitForTimeout(50);
  }
  await expect(page.locator('section[data-testid^="dept-"]')).toHaveCount(10);
  await expect(simulator.cellInputs).toHaveCount(800);
  await expect(simulator.rulesSummary).toHaveText(ALL_HOLD);
  await expect(page.getByTestId('scenario-name')).toContainText('10 départements × 10 années × 4 axes');
});

test('a malformed address opens the signed convention', async ({ simulator }) => {
  for (const query of ['?bench=abc', '?bench=10x10', '?bench=99999999999999999999999x1x1', '?bench=']) {
    await simulator.goto(query);
    await expect(simulator.figure(62, 'total-share'), query).toHaveText('+12,5\u202f%');
  }
});

for (const width of [360, 768, 1280]) {
  test(`source tooltips stay whole and on screen at ${width}px`, async ({ simulator, page }) => {
    await page.setViewportSize({ width, height: 800 });
    await simulator.goto();
    for (const badge of [
      simulator.byTestId('hypotheses').locator('.badge').first(),
      simulator.byTestId('year-2021').locator('.badge'),
      simulator.byTestId('plan-fields-62').locator('.badge').first(),
      simulator.rule('matching').locator('.badge').first(),
    ]) {
      await badge.scrollIntoViewIfNeeded();
      await badge.focus();
      const tip = badge.getByRole('tooltip');
      await expect(tip).toBeVisible();
      const box = await tip.boundingBox();
      expect(box, 'tooltip box').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Within the card or region the badge sits in, as it is read.
      const region = await tip.evaluate((t) => {
        const r = t.closest('.card, .hypotheses')!.getBoundingClientRect();
        return { x: r.x, width: r.width };
      });
      expect(box!.x).toBeGreaterThanOrEqual(region.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(region.x + region.width);
    }
  });
}

test('only the cards skip rendering off screen, never the Département columns', async ({ simulator, page }) => {
  await simulator.goto();
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll('td.dept, th.dept')].map((e) => getComputedStyle(e).contentVisibility),
  );
  expect(styles.length).toBeGreaterThan(0);
  expect(new Set(styles)).toEqual(new Set(['visible']));
});
