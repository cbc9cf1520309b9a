import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { test, expect } from './fixtures/test';
import { visibleFigures } from './pages/share.page';
import { DIST, distFile } from './fixtures/dist';

/** dist/ on a port of its own, which the test can take down (the network gone) or change (a new
 *  version deployed). */
class Host {
  private server!: Server;
  url = '';
  /** What sw.js says instead of the built one, once a new version is "deployed". */
  worker?: string;
  /** What index.html says instead of the built one. */
  index?: string;
  /** Whether browsers may keep what it serves for an hour, as a host without Cache-Control
   *  lets them guess from Last-Modified. */
  cacheable = false;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const found = distFile(path);
      if (!found) return void res.writeHead(404).end();
      const page = path === '/' || path === '/index.html';
      const body = path === '/sw.js' && this.worker ? Buffer.from(this.worker) : page && this.index ? Buffer.from(this.index) : found.body;
      const caching = this.cacheable && path !== '/sw.js' ? { 'Cache-Control': 'max-age=3600' } : {};
      res.writeHead(200, { 'Content-Type': found.contentType, ...caching }).end(body);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** Until this page is controlled by the simulator's service worker, its files cached. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !!navigator.serviceWorker.controller && registration?.active?.state === 'activated';
  });
}

test.describe('Offline', () => {
  const host = new Host();
  test.beforeEach(async () => {
    await host.start();
  });
  test.afterEach(async () => {
    host.worker = undefined;
    host.index = undefined;
    host.cacheable = false;
    await host.stop().catch(() => {});
  });

  test('once loaded, the simulator reloads and works with the network gone', async ({ page, simulator }) => {
    await page.goto(host.url);
    await expect(page.getByTestId('app')).toBeVisible();
    await controlled(page);
    await simulator.editCell('59-2020-insertion-dept', '0');
    await expect(page.getByTestId('rules-summary')).toContainText('non respectée');
    const figures = await visibleFigures(page);

    await host.stop();
    await page.reload();
    await expect(page.getByTestId('app')).toBeVisible();
    await expect.poll(() => visibleFigures(page)).toEqual(figures);
    // Still a working editor, not a picture of one.
    await simulator.editCell('59-2020-insertion-dept', '250 000');
    await expect(page.getByTestId('rules-summary')).toHaveText('6 règles sur 6 respectées.');
    // And a link opened offline (another scenario, another query) still gets the app.
    await page.goto(`${host.url}?lang=en#s=AQAAAAAAAAD334ip`);
    await expect(page.getByTestId('app')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a new version waits, is announced, and takes over on « Recharger » with nothing lost', async ({ page, simulator }) => {
    await page.goto(host.url);
    await controlled(page);
    await simulator.editCell('59-2021-prevention-state', '200 000');
    const figures = await visibleFigures(page);
    await expect(page.getByTestId('banner')).toHaveCount(0);
    // The live region the announcement is read from is there, empty, before it arrives.
    const region = page.getByTestId('banners');
    await expect(region).toHaveAttribute('aria-live', 'polite');
    await expect(region).toBeEmpty();

    // A new build: its sw.js differs (version and file list).
    host.worker = readFileSync(join(DIST, 'sw.js'), 'utf8').replace(/^const VERSION = .*;$/m, "const VERSION = 'nouvelle';");
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.locator('[data-testid="banner"][data-kind="new-version"]');
    await expect(banner).toBeVisible();
    await expect(region.locator('[data-kind="new-version"]')).toHaveCount(1);
    await expect(banner).toContainText('nouvelle version');
    // Waiting: the page in use is not swapped under the user.
    expect(await page.evaluate(async () => (await caches.keys()).sort())).toHaveLength(2);
    expect(await visibleFigures(page)).toEqual(figures);

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Recharger' }).click()]);
    await expect(page.getByTestId('app')).toBeVisible();
    await expect.poll(() => visibleFigures(page)).toEqual(figures);
    await expect(page.locator('[data-testid="banner"][data-kind="new-version"]')).toHaveCount(0);
    await expect.poll(() => page.evaluate(async () => await caches.keys())).toEqual(['simulateur-nouvelle']);
  });

  test('a new version keeps its own page, not the previous one from the browser\'s cache', async ({ page }) => {
    host.cacheable = true;
    await page.goto(host.url);
    await controlled(page);
    // A new deployment: its page and its sw.js differ, while the browser still holds the old
    // page as fresh.
    host.index = readFileSync(join(DIST, 'index.html'), 'utf8').replace('<head>', '<head><meta name="deployed" content="nouvelle">');
    host.worker = readFileSync(join(DIST, 'sw.js'), 'utf8').replace(/^const VERSION = .*;$/m, "const VERSION = 'nouvelle';");
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).includes('simulateur-nouvelle'))).toBe(true);
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('simulateur-nouvelle')).match('./'))?.text() ?? ''))
      .toContain('name="deployed" content="nouvelle"');
  });
});
