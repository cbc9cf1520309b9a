#!/usr/bin/env node
// Benchmark (not a test: it never fails on a number). Needs a release build in dist/
// (`make bench` builds first). Measures
//   (a) bundle size: raw and gzip bytes of the .wasm, .js and .css in dist/;
//   (b) load time: median and p95 over N cold loads in headless Chromium, from navigation
//       start until [data-testid="app"] is in the DOM (and until the frame after it is painted);
//   (c) input-to-paint: if the page has [data-testid^="cell-input-"] inputs, median and p95 over
//       M edits, from the `input` event to the end of the frame that paints its result (see
//       timeEdit), and to the app's DOM update within it.
// Each measure runs on the default scenario and on a generated 10 départements × 10 years ×
// 4 axes one (`?bench=10x10x4`), unless --query names the scenarios to run.
// Prints a table and writes bench-results/latest.json.
//
//   node scripts/bench.mjs [--query '?bench=10x10x4']... [--runs 10] [--edits 100] [--dist dist]
//                          [--out bench-results/latest.json] [--markdown docs/performance.md]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP = '[data-testid="app"]';
const CELL = 'input[data-testid^="cell-input-"]';

function parseArgs(argv) {
  const opts = {
    queries: [],
    markdown: null,
    runs: 10,
    edits: 100,
    warmupEdits: 5,
    dist: path.join(ROOT, 'dist'),
    out: path.join(ROOT, 'bench-results', 'latest.json'),
    compare: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${key} needs a value`);
      return v;
    };
    switch (key) {
      case '--query': opts.queries.push(value()); break;
      case '--markdown': opts.markdown = path.resolve(value()); break;
      case '--runs': opts.runs = Number(value()); break;
      case '--edits': opts.edits = Number(value()); break;
      case '--dist': opts.dist = path.resolve(value()); break;
      case '--out': opts.out = path.resolve(value()); break;
      case '--compare': opts.compare.push(value()); break;
      case '-h':
      case '--help':
        console.log('usage: node scripts/bench.mjs [--query "?a=b"] [--runs 10] [--edits 100] [--dist dist] [--out file] [--compare label=git-rev]');
        process.exit(0);
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (opts.queries.length === 0) opts.queries = ['', '?bench=10x10x4'];
  opts.queries = opts.queries.map((q) => (q && !q.startsWith('?') ? `?${q}` : q));
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

/**
 * The release build of an earlier commit, to measure what a feature costs: built once in a
 * temporary worktree with the same toolchain and target directory (so only our crate
 * recompiles), kept in bench-results/dist-<rev>.
 */
function distAt(rev) {
  const full = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(ROOT, 'bench-results', `dist-${full}`);
  if (existsSync(path.join(dir, 'index.html'))) return { rev: full, dir };
  const tree = mkdtempSync(path.join(tmpdir(), `bench-${full}-`));
  execFileSync('git', ['worktree', 'add', '--detach', tree, full], { cwd: ROOT, stdio: 'ignore' });
  try {
    execFileSync('trunk', ['build', '--release', '--offline', '--dist', dir], {
      cwd: tree,
      stdio: 'ignore',
      env: { ...process.env, CARGO_TARGET_DIR: path.join(ROOT, 'target') },
    });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  }
  return { rev: full, dir };
}

/** `label=rev`: this build's bundle against that commit's, gzip. */
function comparisons(specs, bundle) {
  return specs.map((spec) => {
    const [label, rev] = spec.includes('=') ? spec.split(/=(.*)/s, 2) : [spec, spec];
    const { rev: full, dir } = distAt(rev);
    const before = bundleSizes(dir);
    return { label, rev: full, before: before.total.gzip, after: bundle.total.gzip, growth: bundle.total.gzip - before.total.gzip, wasmGrowth: bundle.byKind.wasm.gzip - before.byKind.wasm.gzip };
  });
}

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
// A valid French-formatted amount, different at each edit and from every default amount:
// 200 123, 210 123, 220 123, …
function editValue(i) {
  return String(200_123 + i * 10_000).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

// The input is dispatched at the start of a frame, inside a requestAnimationFrame callback, as
// Chromium does with real input. A MutationObserver notes when the app has changed the DOM,
// and a MessageChannel message posted from the same callback runs as the first task after
// that frame's style, layout and paint: input-to-paint is the time from the input to that
// task. Waiting for vsync is not counted; a frame that overruns pushes the paint late and
// shows up here in full.
async function timeEdit(page, index, value) {
  return page.evaluate(
    ({ selector, index, value }) =>
      new Promise((resolve) => {
        const inputs = document.querySelectorAll(selector);
        const el = inputs[index % inputs.length];
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
        let domAt = null;
        const observer = new MutationObserver(() => { domAt = performance.now(); });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        requestAnimationFrame(() => {
          const t0 = performance.now();
          if (setter) setter.call(el, value); else el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const paintedAt = performance.now();
            observer.disconnect();
            resolve({ paint: paintedAt - t0, dom: domAt === null ? null : domAt - t0 });
          };
          channel.port2.postMessage(null);
        });
      }),
    { selector: CELL, index, value },
  );
}

async function inputToPaint(page, edits, warmup) {
  const cells = await page.locator(CELL).count();
  if (cells === 0) return { cells: 0 };
  for (let i = 0; i < warmup; i++) await timeEdit(page, i, editValue(i + 1000));
  const samples = [];
  for (let i = 0; i < edits; i++) samples.push(await timeEdit(page, i, editValue(i)));
  const unchanged = samples.filter((x) => x.dom === null).length;
  if (unchanged) throw new Error(`${unchanged} edits changed nothing on the page: the latency would be meaningless`);
  const round = (x) => Math.round(x * 100) / 100;
  return {
    cells,
    ...summary(samples.map((x) => x.paint)),
    domUpdated: summary(samples.map((x) => x.dom)),
    samples: samples.map((x) => ({ paint: round(x.paint), dom: round(x.dom) })),
  };
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

// Time the machine's hypervisor gave to other guests ("steal") while a measure ran: on a
// shared host it slows everything down, so figures taken under steal are marked as such.
function cpuTimes() {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  } catch {
    return null;
  }
}
function stealPercent(before, after) {
  if (!before || !after) return null;
  const d = after.map((x, i) => x - before[i]);
  const total = d.reduce((a, b) => a + b, 0);
  return total > 0 ? (100 * (d[7] ?? 0)) / total : null;
}

async function measure(browser, base, query, opts) {
  const url = `${base}/${query}`;
  const loads = [];
  const errors = new Set();
  let edit;
  for (let i = 0; i < opts.runs; i++) {
    const { context, page, metrics, errors: errs } = await coldLoad(browser, url);
    loads.push(metrics);
    errs.forEach((e) => errors.add(e));
    if (i === opts.runs - 1) {
      const before = cpuTimes();
      edit = await inputToPaint(page, opts.edits, opts.warmupEdits);
      if (edit.cells) edit.steal = stealPercent(before, cpuTimes());
    }
    await context.close();
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
  return { query, url, load, inputToPaint: edit, errors: [...errors] };
}

const row = (name, s) => (s ? [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)] : [name, 'n/a', 'n/a', 'n/a', 'n/a']);
const scenarioName = (q) => (q === '' ? 'default scenario' : q);

function printScenario(r) {
  const { load, inputToPaint: edit } = r;
  console.log(`\n== ${scenarioName(r.query)} (${r.url})`);
  console.log(`\nload, ${load.runs} cold loads (ms from navigation start)`);
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
    console.log(`\ninput-to-paint, ${edit.n} edits over ${edit.cells} cells (ms from the input event)`);
    console.log(table([['', 'median', 'p95', 'min', 'max'], row('DOM updated', edit.domUpdated), row('frame painted', edit)]));
    if (edit.steal !== null) console.log(`CPU steal during the edits: ${edit.steal.toFixed(0)} %`);
  }
  if (r.errors.length) console.log(`\nerrors seen in the page:\n  ${r.errors.join('\n  ')}`);
}

function markdown(result) {
  const { bundle } = result;
  const lines = [
    '# Performance',
    '',
    `Measured by \`make bench\` (\`scripts/bench.mjs\`) on ${result.date.slice(0, 10)}, commit ${result.commit ?? '?'}, ${result.browser}, headless, on this project's 2-core machine. Figures, not assertions: no test fails on them.`,
    '',
    '## Bundle (release build, `dist/`)',
    '',
    '| file | raw | gzip |',
    '|---|---:|---:|',
    ...['wasm', 'js', 'css'].map((k) => `| .${k} | ${kb(bundle.byKind[k].raw)} | ${kb(bundle.byKind[k].gzip)} |`),
    `| **total** | ${kb(bundle.total.raw)} | **${kb(bundle.total.gzip)}** |`,
    '',
    ...result.comparisons.flatMap((c) => [
      `${c.label}: ${c.growth >= 0 ? '+' : ''}${kb(c.growth)} gzip (${kb(c.before)} at ${c.rev} → ${kb(c.after)}; the .wasm alone ${c.wasmGrowth >= 0 ? '+' : ''}${kb(c.wasmGrowth)}).`,
      '',
    ]),
  ];
  for (const r of result.scenarios) {
    const e = r.inputToPaint;
    lines.push(
      `## ${scenarioName(r.query)}`,
      '',
      '| measure | median | p95 |',
      '|---|---:|---:|',
      `| load: app present (${r.load.runs} cold loads) | ${ms(r.load.appPresent.median)} | ${ms(r.load.appPresent.p95)} |`,
      `| load: app painted | ${ms(r.load.appPainted.median)} | ${ms(r.load.appPainted.p95)} |`,
    );
    if (e && e.cells) {
      lines.push(
        `| input → DOM updated (${e.n} edits, ${e.cells} cells) | ${ms(e.domUpdated.median)} | ${ms(e.domUpdated.p95)} |`,
        `| input → frame painted | ${ms(e.median)} | ${ms(e.p95)} |`,
      );
      if (e.steal !== null) lines.push('', `CPU steal (time the host gave other guests) during the edits: ${e.steal.toFixed(0)} %.`);
    }
    lines.push('');
  }
  lines.push(
    'Input-to-paint: each edit sets a cell and dispatches `input` at the start of an animation frame;',
    'the time runs to the first task after that frame is painted (a `MessageChannel` message posted',
    'from the same callback), so waiting for vsync is not counted and a frame that overruns is.',
    'Target: p95 within one frame (16 ms) for both scenarios. On a shared host, CPU steal slows',
    'the browser as a whole: compare figures taken at low steal.',
    '',
  );
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  try {
    statSync(path.join(opts.dist, 'index.html'));
  } catch {
    throw new Error(`${opts.dist}/index.html not found: run \`make build\` (or \`make bench\`) first`);
  }
  const bundle = bundleSizes(opts.dist);
  const compared = comparisons(opts.compare, bundle);
  const server = await serveDist({ dir: opts.dist, port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const result = { date: new Date().toISOString(), commit: gitCommit(), browser: browser.version(), bundle, comparisons: compared, scenarios: [] };
  try {
    for (const query of opts.queries) result.scenarios.push(await measure(browser, server.url, query, opts));
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(`\nbench (${result.browser}, commit ${result.commit ?? '?'})\n`);
  console.log('bundle (dist/)');
  console.log(table([
    ['file', 'raw', 'gzip'],
    ...bundle.files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
    ...['wasm', 'js', 'css'].map((k) => [`total .${k}`, kb(bundle.byKind[k].raw), kb(bundle.byKind[k].gzip)]),
    ['total', kb(bundle.total.raw), kb(bundle.total.gzip)],
  ]));
  for (const c of compared) {
    console.log(`${c.label}: ${c.growth >= 0 ? '+' : ''}${kb(c.growth)} gzip (${kb(c.before)} at ${c.rev} → ${kb(c.after)})`);
  }
  result.scenarios.forEach(printScenario);

  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), opts.out) || opts.out}`);
  if (opts.markdown) {
    mkdirSync(path.dirname(opts.markdown), { recursive: true });
    writeFileSync(opts.markdown, markdown(result));
    console.log(`wrote ${path.relative(process.cwd(), opts.markdown)}`);
  }
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
