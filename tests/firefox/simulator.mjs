// Firefox ESR end-to-end layer: the harness and the page object shared by tests/firefox/*.test.mjs.
//
// French administrations run Firefox ESR. Playwright's Firefox needs a patched build that cannot
// be downloaded here, so these tests drive Debian's firefox-esr with puppeteer-core over
// WebDriver BiDi, and run with Node's own test runner:
//   node --test tests/firefox/         (needs the release build in dist/: `make build`)
// FIREFOX_PATH overrides the browser (default /usr/bin/firefox-esr), DIST_DIR the build served
// (default dist/).
//
// Selectors are data-testids, as in tests/e2e/pages/simulator.page.ts:
//   app, lang-toggle                     the <main> root, the FR/EN switch
//   plan-<dept>-<year|total>-<figure>    a plan-plus-envelope figure, e.g. plan-62-total-share
//   cell-input-<dept>-<year>-<axis>-<state|dept>   an editable amount; <id>-error its message
//   total-<dept>-<year>-<state|dept>     a grid total
//   rule-<id> (data-status), fix-<id>    a rule's line and its "Corriger" buttons
// Text is read with textContent, never innerText: cards out of view use
// content-visibility:auto, and innerText is empty in a skipped subtree.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import puppeteer from 'puppeteer-core';
import { serveDist } from '../../scripts/serve-dist.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** How long an expectation waits for the page to reach the expected state. */
export const EXPECT_TIMEOUT = 10_000;
/** Per test: generous, Firefox on 2 busy cores can be slow. */
export const TEST_TIMEOUT = 60_000;
/** Rules that must be on the screen; `ruleStatuses()` reads every rule there is. */
export const RULES = ['state-ceiling', 'state-total', 'state-commitment', 'matching', 'dept-floor', 'both-axes'];

const sel = (testid) => `[data-testid="${testid}"]`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An amount as fr-FR writes it: `eur(390000)` is "390 000 €" with U+202F and U+00A0. */
export function eur(amount) {
  const [int, dec] = amount.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${grouped}${dec === '00' ? '' : `,${dec}`}\u00a0€`;
}

/** What an amount field shows (no currency sign): `field(310000)` is "310 000". */
export function field(amount) {
  return eur(amount).replace('\u00a0€', '');
}

/**
 * Polls `read` until it returns `expected` (deep equality) or `timeout` passes, then fails with
 * the last value read. Errors thrown by `read` (element not there yet) count as "not yet".
 */
export async function eventually(read, expected, message, timeout = EXPECT_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let actual;
  for (;;) {
    try {
      actual = await read();
    } catch (err) {
      actual = `<${err.message.split('\n')[0]}>`;
    }
    if (isDeepStrictEqual(actual, expected)) return;
    if (Date.now() > deadline) break;
    await sleep(50);
  }
  assert.deepStrictEqual(actual, expected, `${message} (after ${timeout} ms)`);
}

/**
 * Registers before/after hooks for one test file: one static server on a free port and one
 * Firefox for the whole file (it is slow to start), a fresh tab per test, closed after it.
 * Returns { open(options) } to open the simulator in a new tab.
 */
export function firefoxSuite() {
  let server;
  let browser;
  const pages = [];
  const sims = [];
  before(async () => {
    server = await serveDist({ dir: process.env.DIST_DIR || undefined, port: 0, quiet: true });
    const start = performance.now();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // French first, as the administrations' browsers are set up.
      extraPrefsFirefox: { 'intl.accept_languages': 'fr-FR, fr' },
    });
    const ms = Math.round(performance.now() - start);
    console.log(`firefox ${(await browser.version()).replace(/^firefox\//i, '')} started in ${ms} ms`);
  });
  afterEach(async () => {
    // Zero security policy violations in every test, as in Chromium's.
    for (const sim of sims.splice(0)) {
      const violations = await sim.page.evaluate(() => window.__policyViolations ?? []).catch(() => []);
      assert.deepStrictEqual(violations, [], 'Content-Security-Policy violations');
    }
    await Promise.all(pages.splice(0).map((p) => p.close().catch(() => {})));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    /** Opens the simulator in a new tab of `width` × `height` and waits for the app. */
    async open({ width = 1280, height = 800, query = '' } = {}) {
      // A context of its own: storage (the autosave) does not leak from one test to the next.
      const context = await browser.createBrowserContext();
      pages.push(context);
      const page = await context.newPage();
      const sim = new Simulator(page);
      sims.push(sim);
      await page.evaluateOnNewDocument(() => {
        window.__policyViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__policyViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`);
        });
      });
      await page.setViewport({ width, height });
      await page.goto(`${server.url}/${query}`, { waitUntil: 'load' });
      await page.waitForSelector(sel('app'), { timeout: EXPECT_TIMEOUT });
      return sim;
    },
  };
}

/** Page object for the simulator's single screen, and the errors seen in its tab. */
export class Simulator {
  constructor(page) {
    this.page = page;
    /** console.error messages, uncaught exceptions (wasm panics among them), failed requests. */
    this.consoleErrors = [];
    this.pageErrors = [];
    this.networkErrors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => {
      this.pageErrors.push(err?.stack || String(err));
    });
    page.on('requestfailed', (req) => {
      this.networkErrors.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) this.networkErrors.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
    });
  }

  errors() {
    return [
      ...this.pageErrors.map((e) => `page error: ${e}`),
      ...this.consoleErrors.map((e) => `console error: ${e}`),
      ...this.networkErrors.map((e) => `network error: ${e}`),
    ];
  }

  expectNoErrors() {
    assert.deepStrictEqual(this.errors(), [], 'console errors, page errors and failed requests');
  }

  /** Two animation frames and a short pause, so late errors and renders come in. */
  async settle(ms = 300) {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await sleep(ms);
  }

  // ---- reading ---------------------------------------------------------------------------

  /** textContent of a test id, trimmed; null when absent. */
  text(testid) {
    return this.page.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, sel(testid));
  }

  attr(testid, name) {
    return this.page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, sel(testid), name);
  }

  value(testid) {
    return this.page.evaluate((s) => document.querySelector(s)?.value ?? null, sel(testid));
  }

  htmlLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** Every grid total and plan figure, by test id. */
  figures() {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('td[data-testid^="total-"], td[data-testid^="plan-"]')].map((e) => [
          e.dataset.testid,
          e.textContent.trim(),
        ]),
      ),
    );
  }

  /** { 'rule-matching': 'holds', … } for every rule line on the screen. */
  ruleStatuses() {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-testid^="rule-"][data-status]')].map((e) => [
          e.dataset.testid,
          e.dataset.status,
        ]),
      ),
    );
  }

  /**
   * The document's width against the window's (innerWidth) and against the part of it that is
   * not a scrollbar (clientWidth): Firefox on Linux draws a classic 12 px scrollbar.
   */
  widths() {
    return this.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      innerWidth: window.innerWidth,
    }));
  }

  // ---- acting ----------------------------------------------------------------------------

  /** Types into a field as a person does: focus it, select all with Ctrl+A, type. */
  async type(testid, text) {
    const input = await this.page.waitForSelector(sel(testid), { timeout: EXPECT_TIMEOUT });
    await input.focus();
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('KeyA');
    await this.page.keyboard.up('Control');
    await this.page.keyboard.type(text);
    await input.dispose();
  }

  /** Clicks the first element with this test id (scrolled into view first). */
  async click(testid) {
    const el = await this.page.waitForSelector(sel(testid), { timeout: EXPECT_TIMEOUT });
    await el.click();
    await el.dispose();
  }

  // ---- expecting (each waits up to EXPECT_TIMEOUT) ----------------------------------------

  expectText(testid, expected) {
    return eventually(() => this.text(testid), expected, `text of ${testid}`);
  }

  expectAttr(testid, name, expected) {
    return eventually(() => this.attr(testid, name), expected, `${name} of ${testid}`);
  }

  /** Waits until the text of `testid` matches `pattern` (an element that is absent never does). */
  expectTextMatching(testid, pattern) {
    return eventually(
      async () => {
        const text = await this.text(testid);
        return pattern.test(text ?? '') ? pattern : text;
      },
      pattern,
      `text of ${testid} (null: no such element)`,
    );
  }

  expectValue(testid, expected) {
    return eventually(() => this.value(testid), expected, `value of ${testid}`);
  }

  expectRuleStatus(id, status) {
    return this.expectAttr(`rule-${id}`, 'data-status', status);
  }

  /** Every rule on the screen has `status`, and the known rules are among them. */
  async expectEveryRule(status) {
    for (const id of RULES) await this.expectRuleStatus(id, status);
    const statuses = await this.ruleStatuses();
    const expected = Object.fromEntries(Object.keys(statuses).map((k) => [k, status]));
    assert.deepStrictEqual(statuses, expected, 'every rule\'s data-status');
  }

  expectLang(lang) {
    return eventually(() => this.htmlLang(), lang, 'html lang');
  }

  // ---- named places ----------------------------------------------------------------------

  /** `figure(62, 'total-share')` is the test id plan-62-total-share. */
  static figure(dept, name) {
    return `plan-${dept}-${name}`;
  }

  static total(dept, name) {
    return `total-${dept}-${name}`;
  }

  static cell(key) {
    return `cell-input-${key}`;
  }
}
