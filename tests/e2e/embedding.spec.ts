import { readFileSync } from 'node:fs';

import type { BrowserContext, Frame, Page } from '@playwright/test';

import { test, expect } from './fixtures/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { SharePage, visibleFigures } from './pages/share.page';
import { field, typeAtOnce } from './pages/simulator.page';
import { distFile } from './fixtures/dist';

/**
 * Two origins as on the web: the host page at hote.example embeds the app at
 * simulateur.example, with the public snippet (`data-simulateur-src` + embed.js), and
 * records every message the simulator sends. Both are served by the test from the release
 * build (loopback addresses would meet Chromium's local-network checks, which public sites
 * do not).
 */
const APP = 'http://simulateur.example';
const HOST = 'http://hote.example';
async function serveApp(context: BrowserContext): Promise<void> {
  await context.route(`${APP}/**`, (route) => {
    const found = distFile(new URL(route.request().url()).pathname);
    return found ? route.fulfill(found) : route.fulfill({ status: 404, body: '' });
  });
}

type Message = { type: string; source: string; height?: number; link?: string; compliant?: boolean; violations?: number; totals?: Array<Record<string, string>> };

async function openHost(page: Page, embeds: Array<{ id: string; query: string }>): Promise<void> {
  await serveApp(page.context());
  const divs = embeds
    .map((e) => `<div id="${e.id}" data-simulateur-src="${APP}/index.html?${e.query}" data-simulateur-title="Simulateur, ${e.id}"></div>`)
    .join('\n');
  // Side by side, as a workshop page shows two groups: a frame far below the window would be
  // throttled by the browser until scrolled to, and sized then.
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page hôte</title>
    <style>main { display: flex; gap: 1rem; align-items: flex-start; } main > * { flex: 1; min-width: 0; }</style></head>
    <body><h1>Page hôte</h1><main>${divs}</main>
    <script>
      window.received = [];
      document.addEventListener('simulateur-message', (e) => window.received.push({ frame: e.target.id, ...e.detail }));
    </script>
    <script src="${APP}/embed.js" defer></script></body></html>`;
  await page.context().route(`${HOST}/host.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${HOST}/host.html`);
}

function received(page: Page, frame: string): Promise<Message[]> {
  return page.evaluate((id) => (window as unknown as { received: Array<Message & { frame: string }> }).received.filter((m) => m.frame === id), frame);
}

async function frameById(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe#${id}`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame ${id}`);
  await frame.waitForSelector('[data-testid="app"]');
  return frame;
}

/** The frozen v1 link of the convention with Pas-de-Calais 2021 Prévention cut to 200 000 €. */
function frozenCutLink(): string {
  const blocks = readFileSync('tests/links/frozen.txt', 'utf8').split('\n\n');
  return blocks.find((b) => b.startsWith('# v1 PdC 2021 prevention cut'))!.split('\n')[1];
}

test.describe('embedding in another site', () => {
  test('each iframe takes its content height within a second and keeps it (no loop, no inner scrollbar)', async ({ page }) => {
    await openHost(page, [
      { id: 'groupe-a', query: 'embed=1&dept=62&view=grid' },
      { id: 'groupe-b', query: 'embed=1&readonly=1&view=plan' },
    ]);
    for (const id of ['groupe-a', 'groupe-b']) {
      const frame = await frameById(page, id);
      const ready = Date.now();
      const content = () => frame.evaluate(() => Math.ceil(document.querySelector('.app-root')!.getBoundingClientRect().height));
      await expect
        .poll(async () => (await page.locator(`iframe#${id}`).evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10))) === (await content()), { timeout: 1000, message: `${id} takes its content's height` })
        .toBe(true);
      expect(Date.now() - ready).toBeLessThan(1000);
      const settled = await page.locator(`iframe#${id}`).evaluate((f: HTMLIFrameElement) => f.style.height);
      const resizes = (await received(page, id)).filter((m) => m.type === 'resize').length;
      // Five seconds later: the same height, no further resize, nothing to scroll inside.
      await page.waitForTimeout(5000);
      expect(await page.locator(`iframe#${id}`).evaluate((f: HTMLIFrameElement) => f.style.height)).toBe(settled);
      expect((await received(page, id)).filter((m) => m.type === 'resize').length).toBe(resizes);
      const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
      expect(scroll).toBeLessThanOrEqual(0);
      // `ready` first: a host may wait for it before reading anything else.
      expect((await received(page, id))[0]?.type).toBe('ready');
    }
    const a = await frameById(page, 'groupe-a');
    await expect(a.locator('[data-testid="dept-62"]')).toBeVisible();
    await expect(a.locator('[data-testid="dept-59"]')).toHaveCount(0);
  });

  test('set-scenario: ignored from an unlisted origin, applied from a listed one, answered by a change', async ({ page }) => {
    const link = `${APP}/#${frozenCutLink()}`;
    await openHost(page, [
      { id: 'unlisted', query: `embed=1&origins=${encodeURIComponent('https://autre.example')}` },
      { id: 'listed', query: `embed=1&origins=${encodeURIComponent(HOST)}` },
    ]);
    const unlisted = await frameById(page, 'unlisted');
    const listed = await frameById(page, 'listed');
    const before = await visibleFigures(unlisted);
    await page.evaluate((l) => {
      for (const id of ['unlisted', 'listed']) {
        const f = document.getElementById(id) as HTMLIFrameElement;
        f.contentWindow!.postMessage({ source: 'simulateur-bassin-minier', type: 'set-scenario', link: l }, '*');
      }
    }, link);
    await expect
      .poll(async () => (await received(page, 'listed')).filter((m) => m.type === 'change').at(-1)?.totals?.find((t) => t.dept === '62')?.total)
      .toBe('22390000');
    const change = (await received(page, 'listed')).filter((m) => m.type === 'change').at(-1)!;
    expect(change.compliant).toBe(false);
    expect(change.violations).toBe(2);
    expect(change.link).toContain('#s=');
    expect(change.link).not.toContain('embed=1');
    await expect(listed.locator('[data-testid="summary-62-total"]')).toHaveText('22,39\u00a0M€');
    // The unlisted origin's message changed nothing and got no answer.
    await page.waitForTimeout(500);
    expect(await visibleFigures(unlisted)).toEqual(before);
    expect((await received(page, 'unlisted')).filter((m) => m.type === 'change')).toHaveLength(0);
    // Malformed messages from a listed origin are ignored too, and the app still answers.
    const changesBefore = (await received(page, 'listed')).filter((m) => m.type === 'change').length;
    await page.evaluate(() => {
      const f = document.getElementById('listed') as HTMLIFrameElement;
      // A message that refers to itself, and one nested three thousand levels deep (about as deep as a browser copies):
      // nothing walks them beyond the fields it reads.
      const cyclic: Record<string, unknown> = { source: 'simulateur-bassin-minier', type: 'get-scenario' };
      cyclic.self = cyclic;
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 3_000; i++) deep = { deep };
      const nested = { source: 'simulateur-bassin-minier', type: 'set-scenario', link: 'x', deep };
      for (const m of [{ type: 'set-scenario', link: 'x' }, { source: 'simulateur-bassin-minier', type: 'drop-tables' }, 'set-scenario', 42, null, cyclic, nested]) {
        f.contentWindow!.postMessage(m, '*');
      }
      f.contentWindow!.postMessage({ source: 'simulateur-bassin-minier', type: 'get-scenario' }, '*');
    });
    await expect.poll(async () => (await received(page, 'listed')).filter((m) => m.type === 'change').length).toBeGreaterThan(changesBefore);
    await expect(listed.locator('[data-testid="summary-62-total"]')).toHaveText('22,39\u00a0M€');
    await typeAtOnce(listed, 'cell-input-62-2021-prevention-dept', '300 000');
    await expect(listed.locator('[data-testid="summary-62-total"]')).toHaveText('22,49\u00a0M€');
  });

  test('within the typing pause, get-scenario and « Ouvrir dans le simulateur » give the scenario on screen', async ({ page, context }) => {
    await openHost(page, [{ id: 'listed', query: `embed=1&origins=${encodeURIComponent(HOST)}` }]);
    const frame = await frameById(page, 'listed');
    await expect.poll(async () => (await received(page, 'listed')).filter((m) => m.type === 'change').length).toBe(1);
    const typeInCell = (amount: string) => typeAtOnce(frame, 'cell-input-62-2021-prevention-dept', amount);
    const changes = async () => (await received(page, 'listed')).filter((m) => m.type === 'change');

    // The host asks while the change waits: each change it gets carries the new figures and
    // the link to them.
    await typeInCell('250 000');
    await page.evaluate(() => {
      const f = document.getElementById('listed') as HTMLIFrameElement;
      f.contentWindow!.postMessage({ source: 'simulateur-bassin-minier', type: 'get-scenario' }, '*');
    });
    await expect.poll(async () => (await changes()).length).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    const [first, ...after] = await changes();
    const last = after.at(-1)!;
    const total = (m: Message) => m.totals?.find((t) => t.dept === '62')?.total;
    expect(total(last)).not.toBe(total(first));
    for (const m of after) expect([m.link, total(m)]).toEqual([last.link, total(last)]);

    // Followed while the link waits, it opens what was typed.
    await typeInCell('260 000');
    const [full] = await Promise.all([context.waitForEvent('page'), frame.locator('[data-testid="open-full"]').click()]);
    await expect(full.getByTestId('cell-input-62-2021-prevention-dept')).toHaveValue(field(260_000));
  });

  test('read-only: neither mouse nor keyboard changes a figure; « Ouvrir dans le simulateur » opens the same figures full-page', async ({ page, context }) => {
    await openHost(page, [{ id: 'lecture', query: `embed=1&readonly=1#${frozenCutLink()}` }]);
    const frame = await frameById(page, 'lecture');
    const before = await visibleFigures(frame);
    const cell = frame.locator('[data-testid="cell-input-62-2021-prevention-dept"]');
    const shown = await cell.inputValue();
    await cell.click();
    await page.keyboard.type('999');
    await page.keyboard.press('Shift+ArrowUp');
    // Not even the field shows a stepped amount.
    await expect(cell).toHaveValue(shown);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Enter');
    await frame.locator('[data-testid="param-ratio"]').click({ force: true });
    await page.keyboard.type('5');
    await expect(frame.locator('[data-testid="toolbar"]')).toHaveCount(0);
    await expect(frame.locator('[data-testid^="fix-"]:visible')).toHaveCount(0);
    await expect(frame.locator('[data-testid="switch-matching"]')).toBeDisabled();
    await page.waitForTimeout(500);
    expect(await visibleFigures(frame)).toEqual(before);

    const open = frame.locator('[data-testid="open-full"]');
    const href = await open.getAttribute('href');
    expect(href).not.toContain('embed=1');
    const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
    await expect(full.getByTestId('app')).toBeVisible();
    await expect.poll(() => visibleFigures(full)).toEqual(before);
    await expect(full.getByTestId('cell-input-62-2021-prevention-dept')).toBeEditable();
  });

  for (const lang of ['fr', 'en']) {
    for (const mode of ['embed=1', 'embed=1&readonly=1&view=rules&dept=59']) {
      test(`no accessibility violation in the ${mode} view in ${lang}`, async ({ page, simulator }, testInfo) => {
        await page.goto(`/?${mode}&lang=${lang}#${frozenCutLink()}`);
        await expect(simulator.app).toBeVisible();
        await simulator.settle();
        await expectNoAxeViolations(page, testInfo);
      });
    }
  }
});


test('« Intégrer »: the options chosen make the snippet and its live preview', async ({ page, simulator, errors }, testInfo) => {
  test.setTimeout(60_000);
  await simulator.goto();
  await simulator.editCell('62-2021-prevention-dept', '200 000');
  await page.getByTestId('embed-builder').locator('summary').click();
  await page.getByTestId('embed-readonly').check();
  await page.getByTestId('embed-view').selectOption('rules');
  await page.getByTestId('embed-dept').selectOption('62');
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect.poll(() => page.frames().some((f) => f.url().includes('dept=62'))).toBe(true);
  await expect(preview.getByTestId('summary-62-total')).toBeVisible();
  // Typing an origin reloads the preview once it pauses, not at each keystroke.
  let loads = 0;
  page.on('request', (req) => {
    if (req.isNavigationRequest() && req.frame() !== page.mainFrame()) loads += 1;
  });
  // Typed a character every 20 ms by the page's own clock: driven key by key from the test, a
  // loaded host stalled one keystroke past the pause (two loads in CI).
  await page.getByTestId('embed-origins').evaluate(async (input: HTMLInputElement, text) => {
    input.focus();
    for (let i = 1; i <= text.length; i++) {
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, 'https://intranet.example, pas une origine');
  await expect(preview.getByTestId('toolbar')).toHaveCount(0);
  await expect.poll(() => page.getByTestId('embed-preview').getAttribute('src')).toContain('origins=https://intranet.example#');
  await expect.poll(() => loads).toBe(1);
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toContain('data-simulateur-src="http://127.0.0.1:4173/?embed=1&amp;readonly=1&amp;view=rules&amp;dept=62&amp;origins=https://intranet.example#s=');
  expect(snippet).toContain('<script src="http://127.0.0.1:4173/embed.js" defer></script>');
  await expect(preview.getByTestId('summary-62-total')).toHaveText('22,39\u00a0M€');
  await expect(preview.getByTestId('dept-59')).toHaveCount(0);
  await expect(preview.getByTestId('toolbar')).toHaveCount(0);
  // Once the preview shows the options, audit (waiting for the whole network to idle would
  // wait on it).
  await expectNoAxeViolations(page, testInfo);
  // The preview's messages go to the listed origin only where its parent is: none here, and
  // nothing is logged as an error (as each message to another origin would be).
  errors.expectNone();
});

test('messages: a scenario sent with payloads in its title and notes, and payloads as messages, stay text', async ({ page, newContext }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  // A link whose title and notes are payloads, made by the app itself.
  const maker = await newContext();
  await serveApp(maker);
  const makerPage = await maker.newPage();
  await makerPage.goto(`${APP}/`);
  await makerPage.getByTestId('scenario-title').fill(payload);
  await makerPage.getByTestId('scenario-notes').fill(payload);
  const link = await new SharePage(makerPage).settledLink();
  await maker.close();

  await openHost(page, [{ id: 'listed', query: `embed=1&origins=${encodeURIComponent(HOST)}` }]);
  const frame = await frameById(page, 'listed');
  await page.evaluate(
    ({ l, p }) => {
      const f = (document.getElementById('listed') as HTMLIFrameElement).contentWindow!;
      f.postMessage({ source: 'simulateur-bassin-minier', type: 'set-scenario', link: l }, '*');
      f.postMessage({ source: 'simulateur-bassin-minier', type: p, link: p }, '*');
      f.postMessage({ source: 'simulateur-bassin-minier', type: 'set-scenario', link: p }, '*');
    },
    { l: link, p: payload },
  );
  await expect(frame.locator('[data-testid="scenario-title-shown"]')).toHaveText(payload);
  for (const where of [frame, page.mainFrame()]) {
    expect(await where.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  expect(await frame.evaluate(() => document.querySelectorAll('[onerror], img[src="x"], body script').length)).toBe(0);
});
