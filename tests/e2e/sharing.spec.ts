import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

import type { Page } from '@playwright/test';

import { test, expect } from './fixtures/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { SharePage, visibleFigures } from './pages/share.page';
import type { SimulatorPage } from './pages/simulator.page';

/** A link around any bytes, with a valid checksum: what a future or hostile writer could make. */
function sealed(bytes: number[]): string {
  const content = Buffer.from(bytes);
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(crc32(content) >>> 0);
  return `s=${Buffer.concat([content, sum]).toString('base64url')}`;
}

/** Opens the simulator, changes an amount, and copies the link once it has settled with
 * « Copier le lien », which must say it did: the link. */
async function copyAfterAnEdit(page: Page, simulator: SimulatorPage): Promise<string> {
  const share = new SharePage(page);
  await simulator.goto();
  await simulator.editCell('59-2020-insertion-state', '100 000');
  const link = await share.settledLink();
  await share.copy.click();
  await expect(share.copyStatus).toHaveText('Lien copié.');
  return link;
}

/** Version 1, the convention, with one amount of 2⁶² cents (far above the largest allowed). */
const ABSURD_AMOUNT = sealed([1, 0, 0, 0, 0, 1, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40, 0, 0]);

test.describe('sharing a scenario', () => {
  test('a scenario edited in one browser opens with identical figures from its link in a fresh one', async ({ page, simulator, newContext }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await simulator.editCell('62-2021-prevention-dept', '200 000');
    await page.getByTestId('param-ratio').fill('1,5');
    await page.getByTestId('param-ratio').press('Tab');
    await page.getByTestId('add-year').click();
    await share.title.fill('Atelier « réduction »');
    const link = await share.settledLink();
    expect(link.length).toBeLessThan(1000);
    const figures = await visibleFigures(page);

    const fresh = await newContext({ viewport: { width: 1280, height: 800 } });
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('app')).toBeVisible();
    const otherShare = new SharePage(other);
    await expect(otherShare.title).toHaveValue('Atelier « réduction »');
    await expect.poll(() => visibleFigures(other)).toEqual(figures);
    // Differences are against the signed convention, so the colleague sees what the link changes.
    await expect(other.getByTestId('scenario-modified')).toBeVisible();
    await expect(otherShare.banner('link-opened')).toBeVisible();
    await expect(otherShare.savedNames).toHaveText(['Atelier « réduction »']);
    await other.getByTestId('reset-all').click();
    await expect(other.getByTestId('scenario-modified')).toHaveCount(0);
  });

  test('« Copier le lien » copies the link and says so', async ({ page, simulator, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const link = await copyAfterAnEdit(page, simulator);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('on a site without the asynchronous clipboard (plain HTTP), « Copier le lien » copies all the same', async ({ page, simulator, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // As on a page served over plain HTTP, where browsers leave `navigator.clipboard` out.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }));
    const link = await copyAfterAnEdit(page, simulator);
    const reader = await context.newPage();
    await reader.goto(page.url());
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('the link says while it waits for typing to pause; « Copier le lien » meanwhile copies what was typed', async ({ page, simulator, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const share = new SharePage(page);
    await simulator.goto();
    const before = await share.settledLink();
    // Once the keystroke has applied, the field says its link lags, and still shows it.
    expect(await share.typeTitleAtOnce('Copié sans attendre')).toBe(before);
    await share.copy.click();
    await expect(share.copyStatus).toHaveText('Lien copié.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).not.toBe(before);
    // The field and the address show it at once, and no newer link follows.
    await expect(share.link).toHaveValue(copied);
    await expect(share.link).not.toHaveAttribute('aria-busy', 'true');
    expect(await share.settledLink()).toBe(copied);
  });

  test('a link as mail clients mangle it still opens: wrapped, escaped, with a full stop', async ({ page, simulator, newContext }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await simulator.editCell('62-2019-insertion-state', '100 000');
    const link = await share.settledLink();
    const figures = await visibleFigures(page);
    const [head, fragment] = link.split('#');
    const mangled = `${head}#${fragment.slice(0, 12)}%20${fragment.slice(12, 20)}%0A${fragment.slice(20)}.`;
    const fresh = await newContext();
    const other = await fresh.newPage();
    await other.goto(mangled);
    await expect(other.getByTestId('app')).toBeVisible();
    await expect.poll(() => visibleFigures(other)).toEqual(figures);
    await expect(new SharePage(other).banner('link-refused')).toHaveCount(0);
  });

  test('titles: plain text isolated from the page, limits counted in characters', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await share.title.fill('\u202eAtelier');
    await expect(page.getByTestId('scenario-title-shown')).toHaveJSProperty('tagName', 'BDI');
    await expect(page.getByTestId('scenario-modified')).toHaveText('modifié');
    await share.title.fill('😀'.repeat(130));
    await expect(share.title).toHaveValue('😀'.repeat(120));
    await expect(page.getByTestId('scenario-title-count')).toHaveText('120\u00a0/\u00a0120\u00a0caractères');
  });

  test('a reload restores the autosaved scenario', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await simulator.editCell('62-2021-prevention-dept', '123 456,78');
    await share.notes.fill('Note <b>importante</b>');
    await share.settledLink();
    const figures = await visibleFigures(page);
    await page.goto('/');
    await expect(share.notes).toHaveValue('Note <b>importante</b>');
    await expect.poll(() => visibleFigures(page)).toEqual(figures);
    await expect(share.banners).toHaveCount(0);
    // A reload right after typing, before the pause that publishes the link, keeps it too.
    await simulator.editCell('59-2019-insertion-dept', '1');
    // Once the page shows the edit (so a person would see it), before the pause is over.
    await expect(simulator.total(59, '2019-dept')).toHaveText('125\u202f001\u00a0€');
    await page.reload();
    await expect(simulator.cellInput('59-2019-insertion-dept')).toHaveValue('1');
  });

  test('each bad link shows what was wrong and keeps the autosaved work', async ({ page, simulator }) => {
    const share = new SharePage(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await simulator.goto();
    await simulator.editCell('62-2021-prevention-dept', '300 000');
    await share.title.fill('Travail à garder');
    await page.getByTestId('save-scenario').click();
    const good = (await share.settledLink()).split('#')[1];
    const saved = await share.autosaved();
    const figures = await visibleFigures(page);
    const changedOne = good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11);
    const bad: Array<[string, RegExp]> = [
      [good.slice(0, good.length - 6), /abîmé|incomplet/],
      [changedOne, /abîmé ou modifié/],
      [sealed([2, 0, 0]), /version plus récente/],
      [sealed([0, 0]), /format inconnu/],
      [sealed([1, 9, 9, 9]), /mal formé/],
      [ABSURD_AMOUNT, /montant impossible/],
      ['<script>alert(1)</script>', /ne contient pas de scénario/],
      ['s=<img src=x onerror=alert(1)>', /caractère inattendu/],
      ['s=%E0%A4%A', /échappement/],
      [`s=${'A'.repeat(1_500_000)}`, /bien trop long/],
    ];
    for (const [fragment, message] of bad) {
      await page.goto('about:blank');
      await page.goto(`/#${fragment}`);
      await expect(share.banner('link-refused'), fragment.slice(0, 40)).toContainText(message);
      await expect(share.banner('link-refused')).toContainText('Vous retrouvez votre dernier scénario');
      await expect(share.title).toHaveValue('Travail à garder');
      await expect.poll(() => visibleFigures(page)).toEqual(figures);
      expect(await share.autosaved()).toBe(saved);
      await expect(share.savedNames).toHaveText(['Travail à garder']);
    }
    expect(dialogs).toBe(0);
  });

  test('a link opened over unsaved work keeps that work in the list', async ({ page, simulator, newContext }) => {
    const writer = await newContext();
    const other = await writer.newPage();
    await other.goto('/');
    await new SharePage(other).title.fill('Scénario du collègue');
    const colleague = await new SharePage(other).settledLink();
    await writer.close();

    const share = new SharePage(page);
    await simulator.goto();
    await simulator.editCell('59-2021-insertion-dept', '10 000');
    await share.settledLink();
    const mine = await visibleFigures(page);
    await page.goto('about:blank');
    await page.goto(colleague);
    await expect(share.title).toHaveValue('Scénario du collègue');
    await expect(share.banner('kept-work')).toContainText('Travail en cours');
    const kept = share.savedItems.filter({ hasText: /^Travail en cours, \d\d\/\d\d\/\d{4} \d\d:\d\d/ });
    await expect(kept).toHaveCount(1);
    await kept.getByTestId('saved-open').click();
    await expect.poll(() => visibleFigures(page)).toEqual(mine);
  });

  test('saved scenarios: save, rename, duplicate, delete with undo, open', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await expect(page.getByTestId('saved-empty')).toBeVisible();
    await share.title.fill('Variante A');
    await simulator.editCell('62-2020-insertion-state', '150 000');
    await page.getByTestId('save-scenario').click();
    await expect(share.savedNames).toHaveText(['Variante A']);
    await expect(page.getByTestId('save-note')).toHaveText('Enregistré sous « Variante A ».');
    await page.getByTestId('save-scenario').click();
    await expect(page.getByTestId('save-note')).toHaveText('Déjà enregistré sous « Variante A ».');
    await expect(share.savedNames).toHaveText(['Variante A']);
    const a = share.savedItem('Variante A');
    await a.getByTestId('saved-rename').click();
    await expect(page.getByTestId('rename-input')).toBeFocused();
    await page.getByTestId('rename-input').fill('Variante A bis');
    await page.getByTestId('rename-input').press('Enter');
    await expect(share.savedNames).toHaveText(['Variante A bis']);
    await expect(page.getByTestId('save-note')).toHaveText('Renommé en « Variante A bis ».');
    await share.savedItem('Variante A bis').getByTestId('saved-duplicate').click();
    await expect(share.savedNames).toHaveText(['Variante A bis', 'Copie de Variante A bis']);
    // Two deletions, both taken back; focus goes to « Annuler la suppression », never the page.
    await share.savedItem('Copie de Variante A bis').getByTestId('saved-delete').click();
    await expect(page.getByTestId('deleted-note')).toContainText('Copie de Variante A bis');
    await expect(page.getByTestId('undo-delete')).toBeFocused();
    await share.savedItem('Variante A bis').getByTestId('saved-delete').click();
    await expect(share.savedItems).toHaveCount(0);
    await page.getByTestId('undo-delete').click();
    await expect(page.getByTestId('save-note')).toHaveText('« Variante A bis » est de nouveau dans la liste.');
    await page.getByTestId('undo-delete').click();
    await expect(share.savedNames).toHaveText(['Variante A bis', 'Copie de Variante A bis']);
    await expect(page.getByTestId('deleted-note')).toHaveCount(0);
    // Escape ends a rename where it began.
    await share.savedItem('Variante A bis').getByTestId('saved-rename').click();
    await page.getByTestId('rename-input').press('Escape');
    await expect(share.savedItem('Variante A bis').getByTestId('saved-rename')).toBeFocused();
    const figures = await visibleFigures(page);
    await page.getByTestId('reset-all').click();
    await share.savedItem('Variante A bis').getByTestId('saved-open').click();
    await expect.poll(() => visibleFigures(page)).toEqual(figures);
    // The list survives a reload.
    await page.reload();
    await expect(share.savedNames).toHaveText(['Variante A bis', 'Copie de Variante A bis']);
  });

  test('a scenario saved while a deletion can still be undone keeps a row of its own', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await simulator.editCell('62-2020-insertion-state', '150 000');
    for (const name of ['A', 'B', 'C']) {
      await share.title.fill(name);
      await page.getByTestId('save-scenario').click();
    }
    await share.savedItem('C').getByTestId('saved-delete').click();
    await share.title.fill('D');
    await page.getByTestId('save-scenario').click();
    await page.getByTestId('undo-delete').click();
    await expect(share.savedNames).toHaveText(['A', 'B', 'C', 'D']);
    await share.savedItem('D').getByTestId('saved-delete').click();
    await expect(share.savedNames).toHaveText(['A', 'B', 'C']);
    await share.savedItem('C').getByTestId('saved-rename').click();
    await page.getByTestId('rename-input').fill('C bis');
    await page.getByTestId('rename-input').press('Enter');
    await expect(share.savedNames).toHaveText(['A', 'B', 'C bis']);
    await page.reload();
    await expect(share.savedNames).toHaveText(['A', 'B', 'C bis']);
  });

  test('two tabs share one list of saved scenarios: neither writes over the other', async ({ page, simulator, context }) => {
    const first = new SharePage(page);
    await simulator.goto();
    const other = await context.newPage();
    await other.goto('/');
    const second = new SharePage(other);
    await expect(other.getByTestId('app')).toBeVisible();

    await first.title.fill('Onglet 1');
    await page.getByTestId('save-scenario').click();
    await expect(second.savedNames).toHaveText(['Onglet 1']);
    await second.title.fill('Onglet 2');
    await other.getByTestId('save-scenario').click();
    await expect(first.savedNames).toHaveText(['Onglet 1', 'Onglet 2']);
    await page.reload();
    await expect(first.savedNames).toHaveText(['Onglet 1', 'Onglet 2']);
  });

  test('a list removed in another tab (set aside, or the site\'s data cleared) leaves this tab\'s copy', async ({ page, simulator, context }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await share.title.fill('Gardé');
    await page.getByTestId('save-scenario').click();
    const other = await context.newPage();
    await other.goto('/');
    await expect(new SharePage(other).savedNames).toHaveText(['Gardé']);
    await other.evaluate(() => localStorage.removeItem('simulateur-bassin-minier.scenarios'));
    await share.title.fill('Gardé aussi');
    await page.getByTestId('save-scenario').click();
    await expect(share.savedNames).toHaveText(['Gardé', 'Gardé aussi']);
    await page.reload();
    await expect(share.savedNames).toHaveText(['Gardé', 'Gardé aussi']);
  });

  test('a JSON file round-trips, and a bad file changes nothing', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await simulator.editCell('62-2021-prevention-dept', '250 000');
    await share.title.fill('Export « test »');
    const figures = await visibleFigures(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toBe('scenario-export-test.json');
    const dir = mkdtempSync(join(tmpdir(), 'simulateur-'));
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json.format).toBe('simulateur-bassin-minier');
    expect(json.version).toBe(1);

    await page.getByTestId('reset-all').click();
    await expect(share.title).toHaveValue('');
    // Unsaved work that the import replaces is kept in the list.
    await simulator.editCell('59-2020-prevention-dept', '1');
    await page.getByTestId('import-json').setInputFiles(path);
    await expect(page.getByTestId('import-status')).toContainText('scenario-export-test.json');
    await expect(share.banner('kept-work')).toContainText('Travail en cours');
    await expect(share.savedItems.filter({ hasText: 'Travail en cours' })).toHaveCount(1);
    await expect(share.title).toHaveValue('Export « test »');
    await expect.poll(() => visibleFigures(page)).toEqual(figures);

    const bad = join(dir, 'bad.json');
    for (const [content, message] of [
      ['{"format": "autre", "version": 1}', /pas un scénario du simulateur/],
      // The place the browser's parser stopped, in French; never its own English words.
      ['{ pas du json', /pas du JSON lisible \(erreur ligne\u00a01, colonne\u00a03\)\. Le scénario en cours n’a pas changé\.$/],
      [JSON.stringify({ ...json, version: 7 }), /version plus récente/],
      [JSON.stringify({ ...json, scenario: { ...json.scenario, years: [] } }), /aucune année/],
    ] as Array<[string, RegExp]>) {
      writeFileSync(bad, content);
      await page.getByTestId('import-json').setInputFiles(bad);
      await expect(page.getByTestId('import-error')).toContainText(message);
      await expect.poll(() => visibleFigures(page)).toEqual(figures);
    }
  });

  test('a file dropped on the « Fichiers » box is imported', async ({ page, simulator }) => {
    const share = new SharePage(page);
    await simulator.goto();
    await share.title.fill('Déposé');
    await simulator.editCell('59-2021-prevention-state', '200 000');
    const figures = await visibleFigures(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const json = readFileSync((await download.path())!, 'utf8');
    await page.getByTestId('reset-all').click();
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'depose.json', { type: 'application/json' }));
      return dt;
    }, json);
    await page.getByTestId('file-box').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByTestId('import-status')).toContainText('depose.json');
    await expect.poll(() => visibleFigures(page)).toEqual(figures);
  });

  test('an unreadable autosave is set aside, not erased, and a full storage loses no edit', async ({ page, simulator }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('simulateur-bassin-minier.autosave', '{"version": 1, "link": 42');
      }
    });
    const share = new SharePage(page);
    await simulator.goto();
    await expect(share.banner('storage')).toContainText('mise de côté, sans être effacée');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('simulateur-bassin-minier.set-aside.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version": 1, "link": 42']);
    await page.getByTestId('banner-dismiss').click();

    // From now on every write fails as a full quota does.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await simulator.editCell('62-2020-prevention-dept', '260 000');
    await expect(share.banner('storage')).toContainText('stockage de ce navigateur est plein');
    await expect(simulator.cellInput('62-2020-prevention-dept')).toHaveValue(/260/);
    await expect(share.link).toHaveValue(/#s=/);
  });

  test('an unreadable list with no room to set it aside is left as it is, never written over', async ({ page, simulator }) => {
    const unreadable = '{"version": 2, "items": []}';
    await page.addInitScript((unreadable) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('simulateur-bassin-minier.scenarios', unreadable);
      }
      // The copy set aside is the one write that finds the quota full.
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('simulateur-bassin-minier.set-aside.')) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    }, unreadable);
    const share = new SharePage(page);
    await simulator.goto();
    await expect(share.banner('storage')).toContainText('laissées telles quelles');
    const stored = () => page.evaluate(() => localStorage.getItem('simulateur-bassin-minier.scenarios'));
    expect(await stored()).toBe(unreadable);
    await share.title.fill('Variante');
    await simulator.editCell('62-2020-insertion-state', '150 000');
    await page.getByTestId('save-scenario').click();
    await expect(share.savedNames).toHaveText(['Variante']);
    expect(await stored()).toBe(unreadable);
    // The autosave, readable, goes on.
    await expect.poll(() => share.autosaved()).toBe(await share.settledLink().then((l) => l.split('#')[1]));
  });

  test('the QR code on screen decodes to the current link, even with every amount changed', async ({ page, simulator }) => {
    const share = new SharePage(page);
    // The frozen version-1 link of the convention with every amount changed.
    const frozen = readFileSync('tests/links/frozen.txt', 'utf8').split('\n\n');
    const every = frozen.find((b) => b.startsWith('# v1 every amount'))!.split('\n')[1];
    await page.goto(`/#${every}`);
    await expect(simulator.app).toBeVisible();
    await share.title.fill('QR « projeté »');
    const link = await share.settledLink();
    await page.getByTestId('qr-details').locator('summary').click();
    await expect(page.getByTestId('qr-link')).toHaveText(link);
    const dir = mkdtempSync(join(tmpdir(), 'simulateur-qr-'));
    const png = join(dir, 'qr.png');
    await page.getByTestId('qr-code').screenshot({ path: png });
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).trim();
    expect(decoded).toBe(link);
  });

  for (const lang of ['fr', 'en']) {
    test(`the sharing card and banners have no accessibility violations in ${lang}`, async ({ page, simulator }, testInfo) => {
      const share = new SharePage(page);
      await page.goto(`/${lang === 'en' ? '?lang=en' : ''}#s=AQAAAA`);
      await expect(share.banner('link-refused')).toBeVisible();
      await share.title.fill('Atelier');
      await page.getByTestId('save-scenario').click();
      await page.getByTestId('qr-details').locator('summary').click();
      await expect(page.getByTestId('qr-code')).toBeVisible();
      await simulator.settle();
      await expectNoAxeViolations(page, testInfo);
    });
  }
});

test.describe('a reload while the address follows the edit', () => {
  // The page itself, not the service worker, answers the reload: its answer can be held back.
  test.use({ serviceWorkers: 'block' });

  test('keeps the edit when the address changes while the reload is on its way', async ({ page, simulator }) => {
    await simulator.goto();
    const cell = simulator.cellInput('59-2019-insertion-dept');
    // A slow answer: the pause after typing ends, and the address follows the edit, after the
    // reload has set off with the address from before (which used to lose the edit).
    await page.route(
      (url) => url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 700));
        await route.continue();
      },
    );
    await cell.fill('101');
    await page.reload();
    await expect(cell).toHaveValue('101');
  });
});
