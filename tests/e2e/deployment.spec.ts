import { readFileSync, readdirSync } from 'node:fs';
import { test, expect } from './fixtures/test';
import { SharePage, visibleFigures } from './pages/share.page';

/**
 * The build as a département's site would serve it: Debian's nginx with deploy/nginx/, under
 * /simulateur/ (Playwright's "nginx" project; first-screen.spec.ts runs there too).
 */
test.describe('deployment under nginx at /simulateur/', () => {
  test('security and caching headers, the wasm type, compression', async ({ request, baseURL }) => {
    const page = await request.get(baseURL!);
    expect(page.status()).toBe(200);
    const headers = page.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-cache');

    const html = await page.text();
    const wasm = html.match(/href="\.\/([^"]+_bg\.wasm)"/)?.[1];
    expect(wasm, 'the page preloads its wasm by a relative address').toBeTruthy();
    const module = await request.get(`${baseURL}${wasm}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(module.headers()['content-type']).toBe('application/wasm');
    expect(module.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(module.headers()['content-encoding']).toBe('gzip');
    expect(module.headers()['content-security-policy']).toContain("frame-ancestors 'self'");

    const worker = await request.get(`${baseURL}sw.js`);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    const bare = await request.get(baseURL!.replace(/\/$/, ''), { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toMatch(/\/simulateur\/$/);
  });

  test('every name with a hash is kept a year, whatever its hash\'s length; the others are revalidated', async ({ request, baseURL }) => {
    // Trunk drops a hash's leading zeros: a build whose wasm was named with 15 digits was
    // served « no-cache » by a rule that wanted 16.
    const conf = readFileSync('deploy/nginx/simulateur.conf', 'utf8');
    const hashed = new RegExp(conf.match(/location ~ "([^"]+)"/)![1]);
    for (const name of ['style-41074e70e04f74c.css', 'simulateur-bassin-minier-f3810525e832cac_bg.wasm', 'loader-189a40b6f6c69ace.js']) {
      expect(name).toMatch(hashed);
    }
    for (const name of ['sw.js', 'embed.js', 'atelier.js', 'atelier.html', 'index.html']) expect(name).not.toMatch(hashed);
    // A name not there yet (a deployment half copied) is not kept as missing for a year.
    const missing = await request.get(`${baseURL}simulateur-bassin-minier-0123456789abcdef_bg.wasm`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()['cache-control'] ?? '').not.toContain('max-age');
    for (const file of readdirSync('dist')) {
      const res = await request.get(`${baseURL}${file}`);
      expect(res.status(), file).toBe(200);
      expect(res.headers()['cache-control'], file).toBe(hashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });

  test('everything loads from under /simulateur/; links and the offline copy stay there', async ({ page, simulator, context, baseURL }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await simulator.goto();
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.active);
    expect(requested.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(baseURL);

    await simulator.editCell('62-2021-prevention-dept', '400 000');
    const link = await new SharePage(page).settledLink();
    expect(link.startsWith(`${baseURL}#s=`)).toBe(true);
    const figures = await visibleFigures(page);

    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByTestId('app')).toBeVisible();
    await expect.poll(() => visibleFigures(page)).toEqual(figures);
    await context.setOffline(false);
  });
});
