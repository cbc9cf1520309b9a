import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/**
 * Page object for the simulator's single screen. Selectors are `data-testid`s and accessible
 * names, never HTML structure:
 *   app                                  the <main> root
 *   plan-<dept>-<year|total>-<figure>    a plan-plus-envelope figure, e.g. plan-62-total-share
 *   cell-input-<dept>-<year>-<axis>-<state|dept>   an editable amount (its id too)
 *   total-<dept>-<year>-<state|dept>     a grid total
 *   rule-<id>, rule-<id>-status          a rule's line (data-status) and its status word
 *   finding-<id>, fix-<id>               a rule's findings and their "Corriger" buttons
 *   rules-summary, rules-status          the rules panel's summary; the toolbar's live region
 * Keep the test ids here, not in the specs, so a renamed id is fixed in one place.
 */
export class SimulatorPage {
  readonly page: Page;
  readonly app: Locator;
  readonly heading: Locator;
  readonly cellInputs: Locator;
  readonly rulesSummary: Locator;
  readonly statusChip: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly langToggle: Locator;

  constructor(page: Page) {
    this.page = page;
    this.app = page.getByTestId('app');
    this.heading = page.getByRole('heading', { level: 1 });
    this.cellInputs = page.locator('input[data-testid^="cell-input-"]');
    this.rulesSummary = page.getByTestId('rules-summary');
    this.statusChip = page.getByTestId('rules-status');
    this.undoButton = page.getByTestId('undo');
    this.redoButton = page.getByTestId('redo');
    this.langToggle = page.getByTestId('lang-toggle');
  }

  /** Open the screen (optionally with a query string such as `?bench=10x10x4`) and wait for the app. */
  async goto(query = ''): Promise<void> {
    // Relative, so that the same tests run where the app is served under a sub-path.
    await this.page.goto(`./${query}`);
    await expect(this.app).toBeVisible();
  }

  /** Wait until nothing is loading any more, so that late errors are caught too. */
  async settle(): Promise<void> {
    await this.page.waitForLoadState('networkidle');
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  }

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** A figure of a plan line: `figure(62, 'total-plan')` is `plan-62-total-plan`. */
  figure(dept: string | number, field: string): Locator {
    return this.page.getByTestId(`plan-${dept}-${field}`);
  }

  /** A grid total: `total(62, '2021-dept')`. */
  total(dept: string | number, field: string): Locator {
    return this.page.getByTestId(`total-${dept}-${field}`);
  }

  cellInput(key: string): Locator {
    return this.page.getByTestId(`cell-input-${key}`);
  }

  /** A cell's field found the way a screen-reader user finds it: by its accessible name. */
  cellByName(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  cellError(key: string): Locator {
    return this.page.getByTestId(`cell-input-${key}-error`);
  }

  rule(id: string): Locator {
    return this.page.getByTestId(`rule-${id}`);
  }

  findings(id: string): Locator {
    return this.page.getByTestId(`finding-${id}`);
  }

  fixButtons(id: string): Locator {
    return this.page.getByTestId(`fix-${id}`);
  }

  async expectRuleStatus(id: string, status: 'holds' | 'violated' | 'warning' | 'off'): Promise<void> {
    await expect(this.rule(id)).toHaveAttribute('data-status', status);
  }

  /** Type a new value into an editable cell the way a person does, then leave the field. */
  async editCell(key: string, value: string): Promise<void> {
    const input = this.cellInput(key);
    await input.fill(value);
    await input.press('Tab');
  }

  /** Press Tab until the focused element matches `target`, as a keyboard user would. */
  async tabTo(target: Locator, maxTabs = 200): Promise<void> {
    for (let i = 0; i < maxTabs; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${target} with ${maxTabs} Tab presses`);
  }
}

/** The rules' status when every one of the six holds. */
export const ALL_HOLD = '6\u00a0règles sur 6 respectées.';

/** An amount as fr-FR writes it: `eur(390000)` is "390 000 €" with U+202F and U+00A0. */
export function eur(amount: number): string {
  const [int, dec] = amount.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${grouped}${dec === '00' ? '' : `,${dec}`}\u00a0€`;
}

/** What an input shows for an amount (no currency sign). */
export function field(amount: number): string {
  return eur(amount).replace('\u00a0€', '');
}

/**
 * Types `text` into the field with this test id as one keystroke (focused, its value set, an
 * `input` event), then lets the keystroke apply: it waits for its frame, then a task, then,
 * frame by frame, until an input matches `until` when given, and returns that input's value
 * as it was then (all in the page, so that no round trip comes between).
 */
export function typeAtOnce(where: Page | Frame, testid: string, text: string, until?: string): Promise<string | undefined> {
  return where.evaluate(
    async ({ testid, text, until }) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise(requestAnimationFrame);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!until) return undefined;
      for (let frames = 0; !document.querySelector(until); frames++) {
        if (frames > 120) throw new Error(`nothing matches ${until} after the keystroke`);
        await new Promise(requestAnimationFrame);
      }
      return document.querySelector<HTMLInputElement>(until)!.value;
    },
    { testid, text, until },
  );
}
