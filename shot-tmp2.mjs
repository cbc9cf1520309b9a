import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto('http://127.0.0.1:8765/');
await page.waitForSelector('[data-testid=share-panel]');
await page.fill('[data-testid=cell-input-62-2021-prevention-dept]', '200 000');
await page.fill('[data-testid=scenario-title]', 'Essai');
await page.waitForTimeout(600);
const url = page.url();
console.log('url', url);
const summary = await page.locator('[data-testid=summary-band]').innerText();
await page.reload();
await page.waitForSelector('[data-testid=share-panel]');
console.log('after reload title:', await page.inputValue('[data-testid=scenario-title]'), 'same summary:', summary === await page.locator('[data-testid=summary-band]').innerText());
const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const p2 = await ctx2.newPage();
p2.on('pageerror', e => console.log('pageerror2:', e.message));
await p2.goto(url);
await p2.waitForSelector('[data-testid=share-panel]');
console.log('fresh context same summary:', summary === await p2.locator('[data-testid=summary-band]').innerText(), 'banners:', await p2.locator('[data-testid=banner]').allInnerTexts(), 'saved:', await p2.locator('[data-testid=saved-name]').allInnerTexts());
// bad link in the first context
for (const bad of ['#s=AQAkQXRlbGllciDCqyByw6lkdWN0aW9u', '#s=%zz', '#<script>alert(1)</script>', '#s=' + 'A'.repeat(300000)]) {
  await page.goto('http://127.0.0.1:8765/' + bad);
  await page.reload();
  await page.waitForSelector('[data-testid=share-panel]');
  console.log('bad', bad.slice(0, 30), '→', (await page.locator('[data-testid=banner]').allInnerTexts()).join(' | ').slice(0, 300), '| title:', await page.inputValue('[data-testid=scenario-title]'));
}
await page.screenshot({ path: '/tmp/bad-1280.png' });
await browser.close();
