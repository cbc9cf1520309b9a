import { test, expect } from './fixtures/test';
import { expectNoAxeViolations } from './fixtures/axe';

test.describe('exercises', () => {
  test('?exercise=coupe-etat-2021: the goal is reported met exactly when each Département makes up the cut', async ({ page, simulator }) => {
    await simulator.goto('?exercise=coupe-etat-2021');
    const panel = page.getByTestId('exercise-panel');
    await expect(panel).toContainText('L’État réduit sa part 2021 d’un cinquième');
    const progress = page.getByTestId('exercise-progress');
    await expect(progress).toHaveAttribute('data-met', 'false');
    await expect(progress).toHaveAttribute('role', 'status');
    await expect(page.getByTestId('cell-input-62-2021-insertion-state')).toHaveValue('152\u202f000');
    // No answer is shown unasked.
    await expect(page.getByTestId('exercise-measure')).not.toContainText('290');

    await simulator.editCell('59-2021-insertion-dept', '350 000');
    await simulator.editCell('59-2021-prevention-dept', '250 000');
    // Nord makes up its cut; Pas-de-Calais is still 100 000 € short.
    await expect(progress).toHaveAttribute('data-met', 'false');
    await simulator.editCell('62-2021-insertion-dept', '290 000');
    await expect(progress).toHaveAttribute('data-met', 'true');
    await expect(page.getByTestId('exercise-success')).toContainText('Objectif atteint');
    // One euro short: not met any more.
    await simulator.editCell('62-2021-prevention-dept', '309 999');
    await expect(progress).toHaveAttribute('data-met', 'false');
  });

  test('the list starts an exercise and keeps the work it replaces', async ({ page, simulator }) => {
    await simulator.goto();
    await simulator.editCell('59-2019-insertion-dept', '1');
    // From the keyboard: the goal-seek button under the focused cell can move the page
    // below it while a pointer aims.
    await page.getByTestId('exercise-start-prolongation').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('exercise-panel')).toContainText('Prolonger la convention');
    await expect(page.locator('#exercise-heading')).toBeFocused();
    await expect(page.getByTestId('saved-name').filter({ hasText: 'Travail en cours' })).toHaveCount(1);
    await page.getByTestId('add-year').click();
    await page.getByTestId('add-year').click();
    await expect(page.getByTestId('exercise-progress')).toHaveAttribute('data-met', 'true');
    await page.getByTestId('exercise-leave').click();
    await expect(page.getByTestId('exercise-panel')).toHaveCount(0);
  });

  for (const lang of ['fr', 'en']) {
    test(`no accessibility violation in an exercise in ${lang}`, async ({ page, simulator }, testInfo) => {
      await simulator.goto(`?exercise=part-ajoutee-62&lang=${lang}`);
      await expect(page.getByTestId('exercise-panel')).toBeVisible();
      await simulator.settle();
      await expectNoAxeViolations(page, testInfo);
    });
  }
});
