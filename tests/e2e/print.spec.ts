import type { Page } from '@playwright/test';

import { test, expect } from './fixtures/test';
import { SharePage, visibleFigures } from './pages/share.page';
import { EVERY_RULE_FAILING, LONG_TITLE, NOTES, pageSizes, print, qrOnPaper } from '../shared/print-note.mjs';

/** The size of each page the browser prints. */
async function printed(page: Page): Promise<string[]> {
  return pageSizes(await print(page));
}

test.describe('One-page A4 note', () => {
  test('« Imprimer » prints; the note is one A4 page with figures, rules, table, chart, link and QR code', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await share.title.fill('Note pour la réunion');
    const link = await share.settledLink();
    const figures = await visibleFigures(page);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    const button = page.getByRole('button', { name: /Imprimer/ });
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+P');
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // One page, whose QR code opens the same scenario.
    const pdf = await print(page);
    expect(pageSizes(pdf)).toEqual(['210×297 mm']);
    expect(qrOnPaper(pdf)).toBe(link);

    await page.emulateMedia({ media: 'print' });
    // What the note holds, as printed…
    await expect(page.getByTestId('scenario-title-shown')).toHaveText('Note pour la réunion');
    await expect(page.getByTestId('summary-band')).toBeVisible();
    await expect(page.getByTestId('rules-panel')).toBeVisible();
    await expect(page.getByTestId('plan-panel')).toBeVisible();
    await expect(page.locator('.plan-dept .chart > svg')).toHaveCount(2);
    for (const chart of await page.locator('.plan-dept .chart > svg').all()) await expect(chart).toBeVisible();
    await expect(page.getByTestId('print-link')).toHaveText(link);
    await expect(page.getByTestId('print-date')).toHaveText(/^Note imprimée le \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/);
    // …with the same figures as on screen…
    expect(await visibleFigures(page)).toEqual(figures);
    // …and without the editor.
    for (const id of ['toolbar', 'hypotheses', 'dept-59', 'share-panel', 'print']) {
      await expect(page.getByTestId(id)).toBeHidden();
    }
  });

  test('still one page with rules broken, a long title and notes', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await simulator.editCell('59-2020-insertion-dept', '0');
    await simulator.editCell('62-2021-prevention-state', '900 000');
    await share.title.fill(LONG_TITLE);
    await share.notes.fill('À revoir avec le comité de suivi : la part du Département en 2020.');
    const link = await share.settledLink();
    await expect(page.getByTestId('rules-summary')).toContainText('non respectée');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-notes')).toBeVisible();
    await expect(page.getByTestId('print-link')).toHaveText(link);
    expect(await printed(page)).toEqual(['210×297 mm']);
  });

  test('printing before the link has caught up with typing prints the link to what was typed', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    const before = await share.settledLink();
    await share.typeTitleAtOnce('Imprimé sans attendre');
    // What Ctrl+P does first; the note is laid out for paper in the task after.
    const printedLink = await page.evaluate(async () => {
      dispatchEvent(new Event('beforeprint'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      return document.querySelector('[data-testid="print-link"]')!.textContent;
    });
    expect(printedLink).not.toBe(before);
    expect(printedLink).toBe(await share.settledLink());
  });

  test('« Imprimer » right after typing prints the link to what was typed, in a browser that prints the page as it is', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    const before = await share.settledLink();
    // The note as the page holds it when print is called, which is what Firefox prints.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printedLink: string | null }).printedLink = document.querySelector('[data-testid="print-link"]')!.textContent;
      };
    });
    await share.typeTitleAtOnce('Imprimé au bouton');
    await page.getByTestId('print').click();
    const printedLink = () => page.evaluate(() => (window as unknown as { printedLink?: string | null }).printedLink);
    await expect.poll(printedLink).toBeTruthy();
    expect(await printedLink()).not.toBe(before);
    expect(await printedLink()).toBe(await share.settledLink());
  });

  test('Ctrl+P prints as « Imprimer » does: cards not drawn yet are drawn first', async ({ page }) => {
    await page.goto('/?bench=10x10x4');
    await expect(page.locator('.on-screen-placeholder').first()).toBeAttached();
    // What the page holds when print is called, which is what Firefox prints.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { waiting: number }).waiting = document.querySelectorAll('.on-screen-placeholder').length;
      };
    });
    await page.keyboard.press('Control+P');
    await expect.poll(() => page.evaluate(() => (window as unknown as { waiting?: number }).waiting)).toBe(0);
  });

  test('paper prints where each rule fails first and counts the other places', async ({ page, simulator }) => {
    await simulator.goto();
    for (const dept of ['59', '62']) {
      for (const year of [2019, 2020, 2021]) await simulator.editCell(`${dept}-${year}-insertion-dept`, '0');
    }
    const rule = page.getByTestId('rule-matching');
    const findings = rule.getByTestId('finding-matching');
    const onPaper = page.getByTestId('more-printed-matching');
    // The screen shows five of the six places and folds the sixth behind a button.
    await expect(findings).toHaveCount(5);
    await expect(page.getByTestId('more-matching')).toBeVisible();
    await expect(onPaper).toBeHidden();
    const first = await findings.first().locator('.finding-text').textContent();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('more-matching')).toBeHidden();
    await expect(findings.first()).toBeVisible();
    await expect(findings.first()).toContainText(first!);
    for (const other of await findings.all().then((all) => all.slice(1))) await expect(other).toBeHidden();
    await expect(onPaper).toHaveText('Et 5\u00a0autres écarts, à voir dans le simulateur.');
  });

  test('one page even with every rule failing in many places, a long title and notes', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    for (const [cell, amount] of Object.entries(EVERY_RULE_FAILING)) await simulator.editCell(cell, amount);
    await share.title.fill(LONG_TITLE);
    await share.notes.fill(NOTES);
    const link = await share.settledLink();
    await expect(page.locator('.rule[data-status="holds"]')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-link')).toHaveText(link);
    // Nothing is wider than the paper (190 mm between the margins, 718 CSS pixels): the
    // browser has no need to shrink the note to fit.
    await page.setViewportSize({ width: 718, height: 1000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
    // Nor wider than a département's box, which would clip on screen.
    const clipped = await page.locator('.summary-dept').evaluateAll((all) => all.filter((e) => e.scrollWidth > e.clientWidth).length);
    expect(clipped).toBe(0);
    expect(await printed(page)).toEqual(['210×297 mm']);
  });

  for (const [kind, notes] of [
    ['prose', 'Une note de travail assez longue pour remplir la place. '.repeat(20).slice(0, 1000)],
    ['lines', 'Ligne\n'.repeat(200).slice(0, 1000)],
  ]) {
    test(`one page at the limits: every rule failing, a 120-character title, 1 000 characters of notes (${kind})`, async ({ page, simulator }) => {
      const share = new SharePage(page);
      await simulator.goto();
      for (const [cell, amount] of Object.entries(EVERY_RULE_FAILING)) await simulator.editCell(cell, amount);
      await share.title.fill('Scénario très long '.repeat(10).slice(0, 120));
      await share.notes.fill(notes);
      await share.settledLink();
      await page.emulateMedia({ media: 'print' });
      // What paper leaves out of the notes, it says is in the simulator.
      await expect(page.getByTestId('print-notes')).toContainText('…\u00a0(suite dans le simulateur)');
      expect(await printed(page)).toEqual(['210×297 mm']);
    });
  }

  test('a link too long for paper is replaced by how to pass it on', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await share.notes.fill('Une note de travail assez longue pour remplir la place. '.repeat(20).slice(0, 1000));
    await share.settledLink();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-link-too-long')).toContainText('trop long pour le papier');
    await expect(page.getByTestId('print-qr')).toHaveCount(0);
    await expect(page.getByTestId('print-link')).toHaveCount(0);
  });

  test('cards the screen skips while out of view are printed', async ({ page, simulator }) => {
    await page.setViewportSize({ width: 1280, height: 400 });
    await simulator.goto();
    await page.emulateMedia({ media: 'print' });
    // The Pas-de-Calais plan is far below a 400-pixel window: printed all the same.
    const chart = page.getByTestId('plan-62').locator('.chart > svg');
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    await expect(page.getByTestId('plan-62-total-combined')).toHaveText('22 500 000 €');
  });

  test('« Imprimer » promises one page only where the note holds on one', async ({ page, simulator }) => {
    await simulator.goto();
    await expect(page.getByTestId('print')).toHaveAccessibleName('Imprimer une note d’une page A4 (Ctrl+P)');
    await simulator.goto('?bench=10x3x2');
    await expect(page.getByTestId('print')).toHaveAccessibleName('Imprimer une note A4 de plusieurs pages (Ctrl+P)');
  });
});
