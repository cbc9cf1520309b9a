import { test, expect } from './fixtures/test';
import { ALL_HOLD, eur, field } from './pages/simulator.page';

const COMPACT = (text: string) => text.replace(/ /g, '\u00a0');

test.describe('the answer on the first screen', () => {
  for (const [width, height] of [[1280, 800], [360, 800]]) {
    test(`the summary band is in view without scrolling at ${width}×${height}`, async ({ simulator, page }) => {
      await page.setViewportSize({ width, height });
      await simulator.goto();
      const band = simulator.byTestId('summary-band');
      for (const id of ['summary-62-share', 'summary-59-share', 'summary-status']) {
        const box = await simulator.byTestId(id).boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.y + box!.height, `${id} above the fold`).toBeLessThanOrEqual(height);
        expect(box!.x + box!.width, `${id} within the width`).toBeLessThanOrEqual(width);
      }
      await expect(band).toBeVisible();
      await expect(simulator.byTestId('summary-62-plan')).toHaveText(COMPACT('20 M€'));
      await expect(simulator.byTestId('summary-62-added')).toHaveText(COMPACT('+2,5 M€'));
      await expect(simulator.byTestId('summary-62-added-split')).toHaveText(COMPACT('État 1,25 M€, Département 1,25 M€'));
      await expect(simulator.byTestId('summary-62-total')).toHaveText(COMPACT('22,5 M€'));
      await expect(simulator.byTestId('summary-62-share')).toHaveText('+12,5\u202f%');
      await expect(simulator.byTestId('summary-status')).toContainText(ALL_HOLD);
    });
  }

  test('the band follows every keystroke and links to the detailed card', async ({ simulator, page }) => {
    await simulator.goto();
    const cell = simulator.cellInput('62-2021-prevention-dept');
    await cell.fill('200 000');
    await expect(simulator.byTestId('summary-62-added')).toHaveText(COMPACT('+2,39 M€'));
    await expect(simulator.byTestId('summary-62-share')).toHaveText('+11,95\u202f%');
    await expect(simulator.byTestId('summary-status')).toContainText('2\u00a0règles non respectées');
    await simulator.byTestId('summary-62').getByRole('link').click();
    await expect(page.locator('#plan-62-heading')).toBeFocused();
    await expect(page.locator('#plan-62-heading')).toBeInViewport();
  });

  test('a département’s link shows its whole focus ring (each département is drawn in a box of its own)', async ({ simulator, page }) => {
    await simulator.goto();
    const link = simulator.byTestId('summary-59').getByRole('link');
    // Reached with the keyboard, as the ring is drawn for it.
    for (let i = 0; i < 40 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const { ring, clip } = await link.evaluate((a) => {
      const style = getComputedStyle(a);
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const r = a.getBoundingClientRect();
      const box = a.closest('.summary-dept')!.getBoundingClientRect();
      return { ring: [r.left - reach, r.top - reach, r.right + reach, r.bottom + reach], clip: [box.left, box.top, box.right, box.bottom] };
    });
    expect(ring[0]).toBeGreaterThanOrEqual(clip[0]);
    expect(ring[1]).toBeGreaterThanOrEqual(clip[1]);
    expect(ring[2]).toBeLessThanOrEqual(clip[2]);
    expect(ring[3]).toBeLessThanOrEqual(clip[3]);
  });
});

test.describe('the State commitment', () => {
  test('a State that brings less than its envelope is located and quantified', async ({ simulator }) => {
    await simulator.goto();
    await simulator.editCell('62-2021-prevention-state', '0');
    await simulator.expectRuleStatus('state-commitment', 'warning');
    await expect(simulator.findings('state-commitment')).toHaveCount(1);
    await expect(simulator.findings('state-commitment')).toContainText(
      `Pas-de-Calais, 2021\u00a0: l’État apporte ${eur(190_000)}, soit ${eur(310_000)} de moins que son enveloppe de ${eur(500_000)}`,
    );
    await expect(simulator.rule('state-commitment').locator('q.quote')).toContainText('l’Etat apportera 1\u00a0million');
  });

  test('a 2019 finding says it rests on the prorata hypothesis', async ({ simulator }) => {
    await simulator.goto();
    await simulator.editCell('59-2019-insertion-state', '0');
    const basis = simulator.byTestId('basis-state-commitment');
    await expect(basis).toContainText('hypothèse');
    await expect(basis.locator('[data-kind="hypothesis"]')).toHaveCount(1);
  });
});

test.describe('goal-seek', () => {
  test('« Au minimum » sets the lowest Département amount, as one undo step', async ({ simulator, page }) => {
    await simulator.goto();
    const cell = simulator.cellInput('62-2021-prevention-dept');
    await cell.fill('900 000');
    await cell.press('Tab');
    await cell.focus();
    const seek = page.getByRole('button', { name: 'Au minimum\u00a0: Pas-de-Calais, 2021, Prévention, Département' });
    await seek.click();
    await expect(cell).toHaveValue(field(310_000));
    await expect(simulator.rulesSummary).toHaveText(ALL_HOLD);
    await simulator.undoButton.click();
    await expect(cell).toHaveValue(field(900_000));
  });

  test('« Au maximum » says why when no State amount works', async ({ simulator, page }) => {
    await simulator.goto();
    // Another cell already breaks the floor: no State amount here can mend it.
    await simulator.editCell('62-2020-prevention-dept', '100 000');
    const cell = simulator.cellInput('62-2020-prevention-state');
    await cell.focus();
    await page.keyboard.press('Tab');
    await expect(simulator.byTestId('cell-input-62-2020-prevention-state-seek')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(simulator.byTestId('cell-input-62-2020-prevention-state-notice')).toContainText(
      'la règle «\u00a0Engagement minimal du Département\u00a0» reste non respectée',
    );
    await expect(cell).toHaveValue(field(310_000));
  });
});

test.describe('hostile input', () => {
  const hostile = [
    '-'.repeat(5000) + '1',
    '−'.repeat(20_000) + '5',
    '9'.repeat(100_000),
    '1 '.repeat(200_000) + 'M€',
    '€k'.repeat(100_000),
    'Ω𝄞\u0000\u202e'.repeat(50_000),
    'x'.repeat(1_000_000),
  ];
  const fields = [
    ['cell', 'cell-input-62-2021-prevention-dept'],
    ['ratio', 'param-ratio'],
    ['plan', 'plan-62-state'],
  ];
  for (const [kind, id] of fields) {
    test(`pasting up to 1 MB into the ${kind} field keeps the app alive`, async ({ simulator, page, errors }) => {
      test.setTimeout(90_000);
      await simulator.goto();
      const input = simulator.byTestId(id);
      const before = await input.inputValue();
      for (const text of hostile) {
        await input.fill(text);
        await expect(simulator.byTestId(`${id}-error`)).toBeVisible();
        await expect(simulator.byTestId('summary-62-share')).toHaveText('+12,5\u202f%');
      }
      await input.press('Escape');
      await expect(input).toHaveValue(before);
      // The app still answers.
      await simulator.cellInput('62-2021-prevention-dept').fill('200 000');
      await expect(simulator.total(62, '2021-dept')).toHaveText(eur(390_000));
      errors.expectNone();
    });
  }
});

test.describe('quotes', () => {
  test('every quote from the press release is marked up as a quotation', async ({ simulator, page }) => {
    await simulator.goto();
    await simulator.editCell('62-2021-prevention-dept', '0');
    const quotes = page.locator('q');
    expect(await quotes.count()).toBeGreaterThan(5);
    for (const q of await quotes.all()) {
      await expect(q).toHaveAttribute('lang', 'fr');
    }
  });
});

test.describe('every column in view', () => {
  for (const width of [320, 360, 700, 768, 800, 1000, 1024, 1100, 1150, 1280, 1440, 1920]) {
    test(`no table hides a column behind a sideways scroll at ${width}px`, async ({ simulator, page }) => {
      await page.setViewportSize({ width, height: 900 });
      await simulator.goto();
      // Off-screen cards skip layout (content-visibility): lay every one out to measure it.
      // Through the CSSOM, which the security policy allows (a <style> tag it refuses).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('.card, .plan-dept')) {
          el.style.setProperty('content-visibility', 'visible', 'important');
        }
      });
      const overflow = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('table')]
          .map((t) => {
            const box = (t.closest('.table-box') ?? t.parentElement) as HTMLElement;
            return { id: t.closest('[data-testid]')?.getAttribute('data-testid'), over: t.scrollWidth - box.clientWidth };
          })
          .filter((t) => t.over > 1);
        return { page: document.documentElement.scrollWidth - window.innerWidth, wide };
      });
      expect(overflow.page, 'page wider than the window').toBeLessThanOrEqual(0);
      expect(overflow.wide, 'tables wider than their box').toEqual([]);
    });
  }
});
