import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Page object for the simulator's single screen. Every selector is a `data-testid`:
 *   app                          the <main> root
 *   plan-<id>-<field>            a figure of one plan line, e.g. plan-62-total-plan
 *   cell-input-<key>             an editable amount
 * Keep the test ids here, not in the specs, so a renamed id is fixed in one place.
 */
export class SimulatorPage {
  readonly page: Page;
  readonly app: Locator;
  readonly heading: Locator;
  readonly cellInputs: Locator;

  constructor(page: Page) {
    this.page = page;
    this.app = page.getByTestId('app');
    this.heading = this.app.getByRole('heading', { level: 1 });
    this.cellInputs = page.locator('[data-testid^="cell-input-"]');
  }

  /** Open the screen (optionally with a query string such as `?bench=10x10x4`) and wait for the app. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
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
  figure(planId: string | number, field: string): Locator {
    return this.page.getByTestId(`plan-${planId}-${field}`);
  }

  cellInput(key: string): Locator {
    return this.page.getByTestId(`cell-input-${key}`);
  }

  /** Type a new value into an editable cell the way a person does, then leave the field. */
  async editCell(key: string, value: string): Promise<void> {
    const input = this.cellInput(key);
    await input.fill(value);
    await input.press('Tab');
  }
}
