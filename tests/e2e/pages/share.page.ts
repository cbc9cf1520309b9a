import { expect, type Frame, type Locator, type Page } from '@playwright/test';

import { typeAtOnce } from './simulator.page';

/**
 * The « Partager et enregistrer » card and the banners above the page. Test ids:
 *   share-link, copy-link, copy-status     the link, its copy button and what copying did
 *   qr-details, qr-code, qr-link           the QR code's disclosure, its SVG, the link beside it
 *   scenario-title, scenario-notes (+ -count), scenario-title-shown (in the header)
 *   save-scenario, saved-item, saved-name, saved-open|rename|duplicate|delete, rename-input,
 *   rename-confirm, deleted-note, undo-delete, saved-error
 *   export-json, import-json, import-status, import-error
 *   banner (data-kind: link-refused, link-opened, kept-work, storage), banner-dismiss
 */
export class SharePage {
  readonly page: Page;
  readonly link: Locator;
  readonly copy: Locator;
  readonly copyStatus: Locator;
  readonly title: Locator;
  readonly notes: Locator;
  readonly banners: Locator;
  readonly savedItems: Locator;
  readonly savedNames: Locator;

  constructor(page: Page) {
    this.page = page;
    this.link = page.getByTestId('share-link');
    this.copy = page.getByTestId('copy-link');
    this.copyStatus = page.getByTestId('copy-status');
    this.title = page.getByTestId('scenario-title');
    this.notes = page.getByTestId('scenario-notes');
    this.banners = page.getByTestId('banner');
    this.savedItems = page.getByTestId('saved-item');
    this.savedNames = page.getByTestId('saved-name');
  }

  banner(kind: string): Locator {
    return this.page.locator(`[data-testid="banner"][data-kind="${kind}"]`);
  }

  /**
   * The share link once it has caught up with the last edit. Leaving the field applies its
   * last keystroke; the field and the address then follow once typing pauses (300 ms), and
   * the field is `aria-busy` until they have.
   */
  async settledLink(): Promise<string> {
    await this.page.evaluate(async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      await new Promise(requestAnimationFrame);
    });
    await expect(this.link).not.toHaveAttribute('aria-busy', 'true');
    await expect.poll(async () => (await this.link.inputValue()) === this.page.url()).toBe(true);
    return this.link.inputValue();
  }

  /**
   * Types `text` into the title as one keystroke and waits until it has applied: the link then
   * lags the scenario on screen (`aria-busy`) for the typing pause. Returns the link the field
   * showed at that moment.
   */
  async typeTitleAtOnce(text: string): Promise<string> {
    return (await typeAtOnce(this.page, 'scenario-title', text, '[data-testid="share-link"][aria-busy="true"]'))!;
  }

  /** What the autosave holds (its link's fragment), read from the page's storage. */
  async autosaved(): Promise<string | null> {
    return this.page.evaluate(() => {
      const raw = localStorage.getItem('simulateur-bassin-minier.autosave');
      return raw === null ? null : JSON.parse(raw).link;
    });
  }

  savedItem(name: string): Locator {
    return this.savedItems.filter({ has: this.page.getByTestId('saved-name').getByText(name, { exact: true }) });
  }
}

/**
 * Everything a user reads off the screen about the scenario's figures and rules; spaces of
 * any kind count as one (a field shows « 10 000 » as typed until it is formatted).
 */
export async function visibleFigures(page: Page | Frame): Promise<Record<string, string>> {
  const figures = await page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid^="plan-"], [data-testid^="total-"], [data-testid^="summary-"]')) {
      out[el.dataset.testid!] = el.textContent ?? '';
    }
    // Each rule's status and what its findings say; not which amount a fix would change,
    // which follows the amount this browser changed last.
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid^="rule-"][data-status]')) {
      const findings = [...el.querySelectorAll('.finding-text')].map((f) => f.textContent).join(' | ');
      out[el.dataset.testid!] = `${el.dataset.status}: ${findings}`;
    }
    for (const el of document.querySelectorAll<HTMLInputElement>('input[data-testid^="cell-input-"], input[data-testid^="param-"], input[data-testid^="env-"]')) {
      out[el.dataset.testid!] = el.value;
    }
    return out;
  });
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v.replace(/[\s\u00a0\u202f]+/g, ' ')]));
}
