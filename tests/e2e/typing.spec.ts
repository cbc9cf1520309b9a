import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { eur, field } from './pages/simulator.page';

// A keystroke is painted first; the app works out what it changes once that frame is on
// screen (src/ui/typing.rs). These tests hold the order and what must not be lost meanwhile.
const KEY = '62-2021-prevention-dept';
const CELL = `[data-testid="cell-input-${KEY}"]`;
const TOTAL = '[data-testid="total-62-2021-dept"]';

/** Text typed, keys pressed and a reload, all in one task of the page, before any frame. */
type Step = { type: string } | { key: string } | 'reload';
async function inOneTask(page: Page, steps: Step[]): Promise<void> {
  await page.evaluate(
    ({ cell, steps }) => {
      const input = document.querySelector<HTMLInputElement>(cell)!;
      for (const step of steps) {
        if (step === 'reload') {
          location.reload();
        } else if ('type' in step) {
          input.value = step.type;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          input.dispatchEvent(new KeyboardEvent('keydown', { key: step.key, bubbles: true }));
        }
      }
    },
    { cell: CELL, steps },
  );
}

test.describe('typing on slow hardware', () => {
  test('the keystroke is painted before the totals are worked out, which follow in the next frame', async ({ simulator, page }) => {
    await simulator.goto();
    await simulator.cellInput(KEY).focus();
    const seen = await page.evaluate(
      ({ cell, total }) =>
        new Promise<{ atPaint: string; field: string }>((resolve) => {
          const input = document.querySelector<HTMLInputElement>(cell)!;
          requestAnimationFrame(() => {
            input.value = '200 000';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            // The first task after this frame's paint: the keystroke is drawn, the totals not yet.
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              resolve({ atPaint: document.querySelector(total)!.textContent!, field: input.value });
            channel.port2.postMessage(null);
          });
        }),
      { cell: CELL, total: TOTAL },
    );
    expect(seen).toEqual({ atPaint: eur(310_000 + 190_000), field: '200 000' });
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(200_000 + 190_000));
  });

  test('keystrokes faster than frames make one change, the last one, in one undo step', async ({ simulator, page }) => {
    await simulator.goto();
    await simulator.cellInput(KEY).focus();
    await inOneTask(page, ['2', '25', '250', '250 0', '250 00', '250 000'].map((type) => ({ type })));
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(250_000 + 190_000));
    await simulator.undoButton.click();
    await expect(simulator.cellInput(KEY)).toHaveValue(field(310_000));
    await expect(simulator.undoButton).toBeDisabled();
  });

  test('keys pressed before the keystroke is applied start from what was typed', async ({ simulator, page }) => {
    await simulator.goto();
    await simulator.cellInput(KEY).focus();
    // Typed, then stepped up twice.
    await inOneTask(page, [{ type: '200 000' }, { key: 'ArrowUp' }, { key: 'ArrowUp' }]);
    await expect(simulator.cellInput(KEY)).toHaveValue(field(220_000));
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(220_000 + 190_000));
    // Typed then Escape: the amount from before the edit comes back.
    await inOneTask(page, [{ type: '999 999' }, { key: 'Escape' }]);
    await expect(simulator.cellInput(KEY)).toHaveValue(field(220_000));
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(220_000 + 190_000));
  });

  test('the message about a typo goes as soon as the text reads again, even as the same amount', async ({ simulator }) => {
    await simulator.goto();
    const cell = simulator.cellInput(KEY);
    await cell.fill('310 00O');
    await expect(simulator.cellError(KEY)).toContainText('Saisissez un montant en chiffres');
    // Back to the amount the model never left: nothing to apply, the message goes all the same.
    await cell.fill('310 000');
    await expect(simulator.cellError(KEY)).toHaveCount(0);
    await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
    await expect(simulator.undoButton).toBeDisabled();
  });

  test('each field typed into is the only field of its form, and Enter in it leaves the page as it is', async ({ simulator, page }) => {
    await simulator.goto();
    // Chromium's autofill reads the whole form of the field typed in after each keystroke;
    // fields outside any form are all read as one (src/ui/components/field_form.rs).
    const fields = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.money-field input, .ratio-field input, #scenario-title, #scenario-notes')].map((input) => ({
        id: input.id,
        fieldsInForm: input.form ? [...input.form.elements].filter((e) => !(e instanceof HTMLButtonElement)).length : 0,
      })),
    );
    expect(fields.length).toBeGreaterThan(24);
    expect(fields.filter((f) => f.fieldsInForm !== 1)).toEqual([]);
    // A form of one text field is submitted by Enter: nothing is sent, nothing reloads.
    const reloaded = page.waitForRequest((r) => r.isNavigationRequest(), { timeout: 1500 }).then(() => true, () => false);
    const cell = simulator.cellInput(KEY);
    await cell.fill('250 000');
    await cell.press('Enter');
    await page.getByTestId('scenario-title').fill('Coupe 2021');
    await page.getByTestId('scenario-title').press('Enter');
    await page.getByTestId('param-ratio').fill('2');
    await page.getByTestId('param-ratio').press('Enter');
    expect(await reloaded).toBe(false);
    await expect(page.getByTestId('param-ratio')).toBeFocused();
    await expect(page.getByTestId('scenario-title')).toHaveValue('Coupe 2021');
    await expect(cell).toHaveValue(field(250_000));
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(250_000 + 190_000));
  });

  test('a keystroke the page leaves before it is applied is saved with the rest', async ({ simulator, page }) => {
    await simulator.goto();
    await simulator.cellInput(KEY).focus();
    await inOneTask(page, [{ type: '123 456' }, 'reload']);
    await expect(simulator.cellInput(KEY)).toHaveValue(field(123_456));
    await expect(simulator.total(62, '2021-dept')).toHaveText(eur(123_456 + 190_000));
  });
});
