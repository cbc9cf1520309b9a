import { test, expect } from './fixtures/test';
import { expectNoAxeViolations } from './fixtures/axe';

// axe-core, WCAG 2.0 + 2.1 A and AA, on the main screen at phone, tablet and desktop widths,
// in French and in English, at rest, then with findings marked on the grid, fix buttons, a
// changed hypothesis and an input error showing.
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1280, height: 800 },
];

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  for (const vp of VIEWPORTS) {
    for (const lang of ['fr', 'en']) {
      test(`main screen has no violations at ${vp.width}px in ${lang}`, async ({ page, simulator }, testInfo) => {
        await page.setViewportSize({ width: vp.width, height: vp.height });
        await simulator.goto();
        if (lang === 'en') {
          await simulator.langToggle.click();
          await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        }
        await simulator.settle();
        await expectNoAxeViolations(page, testInfo);

        await simulator.cellInput('62-2021-prevention-dept').fill('200000');
        await page.getByTestId('param-ratio').fill('2');
        await simulator.cellInput('59-2020-insertion-state').fill('abc');
        await expect(simulator.fixButtons('matching').first()).toBeVisible();
        await simulator.settle();
        await expectNoAxeViolations(page, testInfo);
      });
    }
  }
});
