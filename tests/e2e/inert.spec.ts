import { readFileSync, writeFileSync } from 'node:fs';

import type { Frame, Page } from '@playwright/test';

import { test, expect } from './fixtures/test';
import { SharePage } from './pages/share.page';

/**
 * Every text a user types, pastes, opens or is sent is shown as text: script and markup
 * payloads in titles, notes, links, files, saved names and host messages change nothing but the
 * words on screen. (The security policy would block an injected script too, and the policy
 * fixture fails any test that sees a violation; this checks the words never become markup.)
 */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '</bdi><b id="pwned">gras</b>',
];
const TITLE = PAYLOADS[0] + PAYLOADS[4];
const NOTES = PAYLOADS.join('\n');

/** Nothing ran, and no element came out of a payload. */
async function expectInert(where: Page | Frame): Promise<void> {
  expect(await where.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(
    await where.evaluate(() => document.querySelectorAll('[onerror], [onload], #pwned, img[src="x"], body script:not([src])').length),
  ).toBe(0);
}

test.describe('user text is inert', () => {
  test('typed: title and notes show as text, on screen, in the print note and in the saved list', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await share.title.fill(TITLE);
    await share.notes.fill(NOTES);
    await share.settledLink();
    await expect(page.getByTestId('scenario-title-shown')).toHaveText(TITLE);
    await page.getByTestId('save-scenario').click();
    await expect(share.savedNames).toHaveText([TITLE]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-notes p')).toHaveText(NOTES);
    await page.emulateMedia({ media: 'screen' });
    // Renamed to another payload.
    await share.savedItem(TITLE).getByTestId('saved-rename').click();
    await page.getByTestId('rename-input').fill(PAYLOADS[2]);
    await page.getByTestId('rename-confirm').click();
    await expect(share.savedNames).toHaveText([PAYLOADS[2]]);
    await expectInert(page);
  });

  test('opened from a link: the title and notes it carries show as text', async ({ page, simulator, newContext }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await share.title.fill(TITLE);
    await share.notes.fill(NOTES);
    const link = await share.settledLink();
    const fresh = await newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('scenario-title-shown')).toHaveText(TITLE);
    await expect(other.getByTestId('scenario-notes')).toHaveValue(NOTES);
    await expectInert(other);
    // A payload in place of a link's fragment is refused in words.
    await other.goto(`${link.split('#')[0]}#${encodeURIComponent(PAYLOADS[0])}`);
    await expect(new SharePage(other).banner('link-refused')).toBeVisible();
    await expectInert(other);
  });

  test('opened from a file: payloads in its title, notes and wrong fields show as text', async ({ page, simulator }, testInfo) => {
    const share = new SharePage(page);
    await simulator.goto();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    file.scenario.title = TITLE;
    file.scenario.notes = NOTES;
    const good = testInfo.outputPath(`${PAYLOADS[1].replace(/[^a-z]/g, '')}.json`);
    writeFileSync(good, JSON.stringify(file));
    await page.getByTestId('import-json').setInputFiles(good);
    await expect(share.title).toHaveValue(TITLE);
    await expect(page.getByTestId('scenario-title-shown')).toHaveText(TITLE);
    await expectInert(page);
    // A file whose wrong field is itself a payload: the error names it as text.
    const bad = testInfo.outputPath('bad.json');
    writeFileSync(bad, JSON.stringify({ ...file, scenario: { ...file.scenario, [PAYLOADS[0]]: 1, title: 42 } }));
    await page.getByTestId('import-json').setInputFiles(bad);
    await expect(page.getByTestId('import-error')).toBeVisible();
    await expectInert(page);
  });
});
