#!/usr/bin/env node
// Benchmark (not a test: it never fails on a number). Needs a release build in dist/
// (`make bench` builds first). Measures
//   (a) bundle size: raw and gzip bytes of the .wasm, .js and .css in dist/;
//   (b) load time: median and p95 over N cold loads in headless Chromium, from navigation
//       start until [data-testid="app"] is in the DOM (and until the frame after it is painted);
//   (c) input-to-paint: if the page has [data-testid^="cell-input-"] inputs, median and p95 over
//       M edits, from just before the `input` event is dispatched until two animation frames later.
// Prints a table and writes bench-results/latest.json.
//
//   node scripts/bench.mjs [--query '?bench=10x10x4'] [--runs 10] [--edits 50] [--dist dist]
//                          [--out bench-results/latest.json]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const APP = '[data-testid="app"]';
const CELL = '[data-testid^="cell-input-"]';

function parseArgs(argv) {
  const opts = {
    query: '',
    runs: 10,
    edits: 50,
    warmupEdits: 5,
    dist: path.join(ROOT, 'dist'),
    out: path.join(ROOT, 'bench-results', 'latest.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${key} needs a value`);
      return v;
    };
    switch (key) {
      case '--query': opts.query = value(); break;
      case '--runs': opts.runs = Number(value()); break;
      case '--edits': opts.edits = Number(value()); break;
      case '--dist': opts.dist = path.resolve(value()); break;
      case '--out': opts.out = path.resolve(value()); break;
      case '-h':
      case '--help':
        console.log('usage: node scripts/bench.mjs [--query "?a=b"] [--runs 10] [--edits 50] [--dist dist] [--out file]');
        process.exit(0);
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (opts.query && !opts.query.startsWith('?')) opts.query = `?${opts.query}`;
  if (!(opts.runs >= 1) || !(opts.edits >= 1)) throw new Error('--runs and --edits must be >= 1');
  return opts;
}

// ---- statistics --------------------------------------------------------------------------
function quantile(sorted, q) {
  // nearest-rank: the smallest value with at least q of the samples at or below it
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}
function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  const r = (x) => Math.round(x * 100) / 100;
  return { n: s.length, median: r(median), p95: r(quantile(s, 0.95)), min: r(s[0]), max: r(s[s.length - 1]), mean: r(mean) };
}

// ---- (a) bundle size ---------------------------------------------------------------------
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
function bundleSizes(dist) {
  const files = walk(dist)
    .filter((f) => ['.wasm', '.js', '.css'].includes(path.extname(f)))
    .map((f) => {
      const data = readFileSync(f);
      return {
        file: path.relative(dist, f),
        kind: path.extname(f).slice(1),
        raw: data.length,
        gzip: gzipSync(data, { level: zlibConstants.Z_BEST_COMPRESSION }).length,
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file));
  const byKind = {};
  for (const kind of ['wasm', 'js', 'css']) {
    const fs = files.filter((f) => f.kind === kind);
    byKind[kind] = { files: fs.length, raw: sum(fs, 'raw'), gzip: sum(fs, 'gzip') };
  }
  return { files, byKind, total: { raw: sum(files, 'raw'), gzip: sum(files, 'gzip') } };
}
const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);

// ---- (b) load time -----------------------------------------------------------------------
// Runs in the page before any of its scripts: note when the app root first appears, relative
// to the navigation start (performance.now()'s origin), and when the frame after that is painted.
function installAppWatcher(selector) {
  const w = (window.__bench = { appAt: null, paintedAt: null });
  const check = () => {
    if (w.appAt === null && document.querySelector(selector)) {
      w.appAt = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { w.paintedAt = performance.now(); }));
      return true;
    }
    return false;
  };
  if (!check()) {
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(document, { childList: true, subtree: true });
  }
}

async function coldLoad(browser, url) {
  // A fresh context has an empty HTTP cache (and so no cached compiled wasm): a cold load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });
  await page.addInitScript(installAppWatcher, APP);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(APP, { state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => window.__bench.paintedAt !== null, null, { timeout: 30_000 });
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      appPresent: window.__bench.appAt,
      appPainted: window.__bench.paintedAt,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      load: nav?.loadEventEnd ?? null,
      fcp: fcp?.startTime ?? null,
    };
  });
  return { context, page, metrics: m, errors };
}

// ---- (c) input-to-paint ------------------------------------------------------------------
// A valid French-formatted amount, different at each edit: 200 000, 210 000, 220 000, …
function editValue(i) {
  return String(200_000 + i * 10_000).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

async function timeEdit(page, index, value) {
  return page.evaluate(
    async ({ selector, index, value }) => {
      const inputs = document.querySelectorAll(selector);
      const el = inputs[index % inputs.length];
      // Set the value the way the browser does for typing (bypassing any framework setter).
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
      const t0 = performance.now();
      if (setter) setter.call(el, value); else el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    },
    { selector: CELL, index, value },
  );
}

async function inputToPaint(page, edits, warmup) {
  const cells = await page.locator(CELL).count();
  if (cells === 0) return { cells: 0 };
  for (let i = 0; i < warmup; i++) await timeEdit(page, i, editValue(i + 1000));
  const samples = [];
  for (let i = 0; i < edits; i++) samples.push(await timeEdit(page, i, editValue(i)));
  return { cells, ...summary(samples), samples: samples.map((x) => Math.round(x * 100) / 100) };
}

// ---- output ------------------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'Cargo.toml', 'index.html', 'www'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return null;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  try {
    statSync(path.join(opts.dist, 'index.html'));
  } catch {
    throw new Error(`${opts.dist}/index.html not found: run \`make build\` (or \`make bench\`) first`);
  }

  const bundle = bundleSizes(opts.dist);
  const server = await serveDist({ dir: opts.dist, port: 0, quiet: true });
  const url = `${server.url}/${opts.query}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const result = { date: new Date().toISOString(), commit: gitCommit(), url, query: opts.query, browser: browser.version() };
  let loads = [];
  const errors = new Set();
  let edit;
  try {
    for (let i = 0; i < opts.runs; i++) {
      const { context, page, metrics, errors: errs } = await coldLoad(browser, url);
      loads.push(metrics);
      errs.forEach((e) => errors.add(e));
      if (i === opts.runs - 1) edit = await inputToPaint(page, opts.edits, opts.warmupEdits);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const pick = (k) => loads.map((l) => l[k]).filter((x) => typeof x === 'number');
  const load = {
    runs: loads.length,
    appPresent: summary(pick('appPresent')),
    appPainted: summary(pick('appPainted')),
    fcp: pick('fcp').length ? summary(pick('fcp')) : null,
    domContentLoaded: summary(pick('domContentLoaded')),
    samples: loads,
  };
  Object.assign(result, { bundle, load, inputToPaint: edit, errors: [...errors] });

  // ---- print
  console.log(`\nbench ${url}  (${result.browser}, commit ${result.commit ?? '?'})\n`);
  console.log('bundle (dist/)');
  console.log(table([
    ['file', 'raw', 'gzip'],
    ...bundle.files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
    ...['wasm', 'js', 'css'].map((k) => [`total .${k}`, kb(bundle.byKind[k].raw), kb(bundle.byKind[k].gzip)]),
    ['total', kb(bundle.total.raw), kb(bundle.total.gzip)],
  ]));
  console.log(`\nload, ${load.runs} cold loads (ms from navigation start)`);
  const row = (name, s) => (s ? [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)] : [name, 'n/a', 'n/a', 'n/a', 'n/a']);
  console.log(table([
    ['', 'median', 'p95', 'min', 'max'],
    row('DOMContentLoaded', load.domContentLoaded),
    row('first contentful paint', load.fcp),
    row('app present', load.appPresent),
    row('app painted', load.appPainted),
  ]));
  if (!edit || edit.cells === 0) {
    console.log('\ninput-to-paint: no editable cell yet');
  } else {
    console.log(`\ninput-to-paint, ${edit.n} edits over ${edit.cells} cells (input event -> 2 rAF)`);
    console.log(table([['', 'median', 'p95', 'min', 'max'], row('input-to-paint', edit)]));
  }
  if (errors.size) console.log(`\nerrors seen in the page:\n  ${[...errors].join('\n  ')}`);

  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), opts.out) || opts.out}`);
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
