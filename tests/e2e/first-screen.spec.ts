import { test, expect } from './fixtures/test';

test.describe('first screen', () => {
  test('loads without console errors or page errors and shows the app', async ({ simulator, errors }) => {
    await simulator.goto();
    await expect(simulator.app).toBeVisible();
    await simulator.settle();
    errors.expectNone();
  });
});
