import { test } from './fixtures/test';
import { expectNoAxeViolations } from './fixtures/axe';

// axe-core, WCAG 2.0 + 2.1 A and AA, on the main screen at a phone and a desktop width.
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  for (const vp of VIEWPORTS) {
    test(`main screen has no violations at ${vp.width}px`, async ({ page, simulator }, testInfo) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await simulator.goto();
      await simulator.settle();
      await expectNoAxeViolations(page, testInfo);
    });
  }
});
