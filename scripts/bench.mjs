#!/usr/bin/env node
// Benchmark (not a test: it never fails on a number). Needs a release build in dist/
// (`make bench` builds first). One run measures, and prints each figure beside its target:
//   (a) bundle size: raw, gzip (level 9) and Brotli (quality 11) bytes of the .wasm, .js and
//       .css in dist/, and their ratio to a bare Yew 0.23 counter (bench/counter/) built with
//       the same release profile; the counter is built here, into target/counter-dist, when
//       that build is missing or older than its sources (minutes the first time);
//   (b) load time: median and p95 over N cold loads in headless Chromium, from navigation
//       start until [data-testid="app"] is in the DOM (and until the frame after it is
//       painted), for each scenario; and cold loads of the default scenario over a throttled
//       network (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, by the DevTools protocol);
//   (c) input-to-paint: median and p95 over M edits of [data-testid^="cell-input-"] inputs,
//       from the `input` event to the end of the frame that paints the keystroke, then to the
//       end of the frame that paints the figures it changes (see timeEdit), for each scenario, and for the default scenario with the CPU slowed down 4×; and the
//       floor: the same measure on a page with nothing but one input whose value is written
//       beside it, at 1× and at the slowdown, what this browser on this machine takes for any
//       keystroke that changes something on screen;
//   (c') typing as a person does: the digits « 300000 » typed at 8 keys a second into cell
//       after cell, by key events sent through the browser's input pipeline (editing,
//       autofill), on the default scenario and on the floor's page, at 1× and at the slowdown;
//       each keystroke from its keydown to the end of the frame that paints it (see
//       typedKeystrokes);
//   (d) native evaluation time of the default scenario (`cargo bench --bench evaluate`,
//       criterion: benches/evaluate.rs);
//   (e) Lighthouse 12.2.3 (mobile, its defaults) scores for performance, accessibility and
//       best practices on the default scenario.
// The scenarios are the default one, `?bench=10x10x4` (800 cells) and `?bench=101x5x4`
// (4 040 cells), unless --query names others. dist/ is read once at the start and served from
// memory, gzip-compressed as deploy/nginx/simulateur.conf does (--serve plain: as stored).
// Prints the details then the table of figures against targets; writes bench-results/latest.json
// and, with --markdown, docs/performance.md.
//
//   node scripts/bench.mjs [--query '?bench=10x10x4']... [--runs 10] [--throttled-runs 5]
//                          [--edits 100] [--cpu-slowdown 4] [--lighthouse-runs 3]
//                          [--typed-cells 12]
//                          [--skip counter,criterion,lighthouse,network,cpu,floor,typing] [--serve gzip|plain]
//                          [--dist dist] [--out bench-results/latest.json]
//                          [--markdown docs/performance.md] [--compare label=git-rev]...
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { MIME, serveDist } from './serve-dist.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP = '[data-testid="app"]';
const CELL = 'input[data-testid^="cell-input-"]';

// The bare counter: its sources, and where it is built (never dist/ nor target/release).
const COUNTER_DIR = path.join(ROOT, 'bench', 'counter');
const COUNTER_TARGET = path.join(ROOT, 'target', 'counter');
const COUNTER_DIST = path.join(ROOT, 'target', 'counter-dist');
// Tools as `make` puts them on PATH: wasm-opt (npm binaryen) first, then cargo's bin.
const TOOL_PATH = [path.join(ROOT, 'node_modules', '.bin'), path.join(homedir(), '.cargo', 'bin'), process.env.PATH].join(path.delimiter);
const LIGHTHOUSE_CLI = path.join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');

// A slow mobile connection: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
const SLOW_NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

// Targets (issue 10). A figure without one is shown with "—".
const TARGET = {
  ratio: 2.5, // bundle ÷ bare counter, at most
  inputToPaintP95: 16, // ms, at most
  loadLargest: 1000, // ms, below, for ?bench=101x5x4
  largestQuery: '?bench=101x5x4',
  evaluateNs: 20_000, // ns, below
};

const SKIPPABLE = ['counter', 'criterion', 'lighthouse', 'network', 'cpu', 'floor', 'typing'];

function parseArgs(argv) {
  const opts = {
    queries: [],
    markdown: null,
    runs: 10,
    throttledRuns: 5,
    edits: 100,
    warmupEdits: 5,
    typedCells: 12,
    cpuSlowdown: 4,
    lighthouseRuns: 3,
    skip: new Set(),
    serve: 'gzip',
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
      case '--throttled-runs': opts.throttledRuns = Number(value()); break;
      case '--edits': opts.edits = Number(value()); break;
      case '--typed-cells': opts.typedCells = Number(value()); break;
      case '--cpu-slowdown': opts.cpuSlowdown = Number(value()); break;
      case '--lighthouse-runs': opts.lighthouseRuns = Number(value()); break;
      case '--skip':
        for (const s of value().split(',').filter(Boolean)) {
          if (!SKIPPABLE.includes(s)) throw new Error(`--skip: ${s} is not one of ${SKIPPABLE.join(', ')}`);
          opts.skip.add(s);
        }
        break;
      case '--serve': opts.serve = value(); break;
      case '--dist': opts.dist = path.resolve(value()); break;
      case '--out': opts.out = path.resolve(value()); break;
      case '--compare': opts.compare.push(value()); break;
      case '-h':
      case '--help':
        console.log(
          'usage: node scripts/bench.mjs [--query "?a=b"]... [--runs 10] [--throttled-runs 5] [--edits 100] [--typed-cells 12]\n' +
            '         [--cpu-slowdown 4] [--lighthouse-runs 3] [--skip counter,criterion,lighthouse,network,cpu,floor,typing]\n' +
            '         [--serve gzip|plain] [--dist dist] [--out file] [--markdown file] [--compare label=git-rev]...',
        );
        process.exit(0);
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (opts.queries.length === 0) opts.queries = ['', '?bench=10x10x4', TARGET.largestQuery];
  opts.queries = opts.queries.map((q) => (q && !q.startsWith('?') ? `?${q}` : q));
  if (!(opts.runs >= 1) || !(opts.edits >= 1) || !(opts.typedCells >= 1)) throw new Error('--runs, --edits and --typed-cells must be >= 1');
  if (!(opts.throttledRuns >= 1) || !(opts.lighthouseRuns >= 1)) throw new Error('--throttled-runs and --lighthouse-runs must be >= 1');
  if (!(opts.cpuSlowdown >= 1)) throw new Error('--cpu-slowdown must be >= 1');
  if (!['gzip', 'plain'].includes(opts.serve)) throw new Error('--serve must be gzip or plain');
  return opts;
}

const progress = (message) => console.error(`bench: ${message}`);

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
const median = (xs) => summary(xs).median;

// ---- (a) bundle size ---------------------------------------------------------------------
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
/** Every file of a build folder, read once: { rel: '/a/b.js', data }. */
function snapshot(dir) {
  return walk(dir).map((f) => ({ rel: '/' + path.relative(dir, f).split(path.sep).join('/'), data: readFileSync(f) }));
}
const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;
function bundleSizes(files) {
  const measured = files
    .filter((f) => ['.wasm', '.js', '.css'].includes(path.extname(f.rel)))
    .map(({ rel, data }) => ({
      file: rel.slice(1),
      kind: path.extname(rel).slice(1),
      raw: data.length,
      gzip: gzipSync(data, { level: zlibConstants.Z_BEST_COMPRESSION }).length,
      brotli: brotli(data),
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file));
  const byKind = {};
  for (const kind of ['wasm', 'js', 'css']) {
    const fs = measured.filter((f) => f.kind === kind);
    byKind[kind] = { files: fs.length, raw: sum(fs, 'raw'), gzip: sum(fs, 'gzip'), brotli: sum(fs, 'brotli') };
  }
  return { files: measured, byKind, total: { raw: sum(measured, 'raw'), gzip: sum(measured, 'gzip'), brotli: sum(measured, 'brotli') } };
}
const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);

function run(cmd, args, options) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (err) {
    const tail = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (in ${options?.cwd ?? process.cwd()}):\n${tail}`);
  }
}

/**
 * The bare Yew 0.23 counter in bench/counter/, built with the app's release profile into
 * target/counter-dist (its own CARGO_TARGET_DIR, target/counter), only when that build is
 * missing or older than its sources. Its Cargo.lock starts as a copy of the app's, so the
 * same crate versions are chosen (cargo prunes the rest).
 */
function counterBundle() {
  const lock = path.join(COUNTER_DIR, 'Cargo.lock');
  if (!existsSync(lock)) copyFileSync(path.join(ROOT, 'Cargo.lock'), lock);
  const sources = [
    ...['Cargo.toml', 'Cargo.lock', 'index.html', 'Trunk.toml'].map((f) => path.join(COUNTER_DIR, f)).filter(existsSync),
    ...walk(path.join(COUNTER_DIR, 'src')),
  ];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  const index = path.join(COUNTER_DIST, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  let rebuilt = false;
  if (built < newest) {
    progress('building the bare Yew counter (bench/counter → target/counter-dist; minutes the first time)…');
    run('trunk', ['build', '--release', '--offline', '--dist', COUNTER_DIST], {
      cwd: COUNTER_DIR,
      env: { ...process.env, PATH: TOOL_PATH, CARGO_TARGET_DIR: COUNTER_TARGET },
    });
    rebuilt = true;
  }
  return { ...bundleSizes(snapshot(COUNTER_DIST)), dist: path.relative(ROOT, COUNTER_DIST), rebuilt };
}

/**
 * The release build of an earlier commit, to measure what a feature costs: built once in a
 * temporary worktree with the same toolchain and target directory (so only our crate
 * recompiles), kept in bench-results/dist-<rev>.
 */
function distAt(rev) {
  const full = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(ROOT, 'bench-results', `dist-${full}`);
  if (existsSync(path.join(dir, 'index.html'))) return { rev: full, dir };
  progress(`building ${full} in a temporary worktree for --compare…`);
  const tree = mkdtempSync(path.join(tmpdir(), `bench-${full}-`));
  execFileSync('git', ['worktree', 'add', '--detach', tree, full], { cwd: ROOT, stdio: 'ignore' });
  try {
    execFileSync('trunk', ['build', '--release', '--offline', '--dist', dir], {
      cwd: tree,
      stdio: 'ignore',
      env: { ...process.env, PATH: TOOL_PATH, CARGO_TARGET_DIR: path.join(ROOT, 'target') },
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
    const before = bundleSizes(snapshot(dir));
    return { label, rev: full, before: before.total.gzip, after: bundle.total.gzip, growth: bundle.total.gzip - before.total.gzip, wasmGrowth: bundle.byKind.wasm.gzip - before.byKind.wasm.gzip };
  });
}

// ---- (d) native evaluation ---------------------------------------------------------------
/** `cargo bench --bench evaluate` (benches/evaluate.rs), then criterion's own estimates. */
function evaluateBench() {
  const started = Date.now();
  progress('cargo bench --bench evaluate (native, criterion)…');
  run('cargo', ['bench', '--bench', 'evaluate', '--', '--noplot', '--warm-up-time', '1', '--measurement-time', '3'], {
    cwd: ROOT,
    env: { ...process.env, PATH: TOOL_PATH },
  });
  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
  const home = process.env.CRITERION_HOME ? path.resolve(ROOT, process.env.CRITERION_HOME) : path.join(targetDir, 'criterion');
  const file = path.join(home, 'evaluate_default', 'new', 'estimates.json');
  if (!existsSync(file) || statSync(file).mtimeMs < started - 1000) throw new Error(`criterion wrote no fresh ${file}`);
  const est = JSON.parse(readFileSync(file, 'utf8'));
  return {
    name: 'evaluate_default',
    medianNs: est.median.point_estimate,
    medianLowNs: est.median.confidence_interval.lower_bound,
    medianHighNs: est.median.confidence_interval.upper_bound,
    meanNs: est.mean.point_estimate,
    slopeNs: est.slope?.point_estimate ?? null,
  };
}

// ---- serving dist/ -----------------------------------------------------------------------
// As deploy/nginx/simulateur.conf does: gzip level 6 for HTML, CSS, JS, wasm and SVG of at
// least 1 KiB, to clients that accept it. Served from memory, so that a build replacing dist/
// during the run cannot mix two versions.
const GZIP_EXT = new Set(['.html', '.css', '.js', '.mjs', '.wasm', '.svg']);
function serveCompressed(files) {
  const byPath = new Map(
    files.map(({ rel, data }) => {
      const ext = path.extname(rel).toLowerCase();
      const gz = GZIP_EXT.has(ext) && data.length >= 1024 ? gzipSync(data, { level: 6 }) : null;
      return [rel, { type: MIME[ext] ?? 'application/octet-stream', data, gz }];
    }),
  );
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let rel;
    try {
      rel = path.posix.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const entry = byPath.get(rel) ?? (path.posix.extname(rel) === '' ? byPath.get('/index.html') : undefined);
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const gzip = entry.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gz : entry.data;
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({ url, close: () => new Promise((r) => server.close(() => r())) });
    });
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

async function coldLoad(browser, url, { network = null } = {}) {
  // A fresh context has an empty HTTP cache (and so no cached compiled wasm) and no service
  // worker: a cold load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  await page.addInitScript(installAppWatcher, APP);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForSelector(APP, { state: 'attached', timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.paintedAt !== null, null, { timeout: 60_000 });
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const transferred = performance.getEntriesByType('resource').reduce((a, e) => a + (e.transferSize || 0), nav?.transferSize || 0);
    return {
      appPresent: window.__bench.appAt,
      appPainted: window.__bench.paintedAt,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      load: nav?.loadEventEnd ?? null,
      fcp: fcp?.startTime ?? null,
      transferred,
    };
  });
  return { context, page, metrics: m, errors };
}

// The app registers its service worker once it is on screen, and the worker's install fetches
// every file of the build: let that finish (or 10 s pass) before timing edits, so that it does
// not compete with them for the machine's two cores.
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => setTimeout(resolve, 300);
        if (!('serviceWorker' in navigator)) return done();
        const timer = setTimeout(resolve, 10_000);
        navigator.serviceWorker.ready.then(() => { clearTimeout(timer); done(); });
      }),
  );
}

// ---- (c) input-to-paint ------------------------------------------------------------------
// A valid French-formatted amount, different at each edit and from every default amount:
// 200 123, 210 123, 220 123, …
function editValue(i) {
  return String(200_123 + i * 10_000).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

// The cell is in view and focused, as for someone typing in it: a cell below the fold sits in
// a card the browser skips drawing (content-visibility), which would flatter the figure.
// The input is dispatched at the start of a frame, inside a requestAnimationFrame callback, as
// Chromium does with real input. A MessageChannel message posted from the same callback runs
// as the first task after that frame's style, layout and paint: input-to-paint (`paint`) is
// the time from the input to that task, the keystroke on screen. The app works out the
// edit's effect once that frame is painted; a MutationObserver notes when the cell's year
// total changes (`dom`), and the first task after the frame that follows is when the
// figures are on screen (`figures`); changes made within the keystroke's own frame are
// painted with it. Waiting for vsync is not counted; a frame that overruns pushes the paint
// late and shows up here in full.
async function timeEdit(page, index, value) {
  return page.evaluate(
    ({ selector, index, value }) =>
      new Promise((resolve, reject) => {
        const inputs = document.querySelectorAll(selector);
        const el = inputs[index % inputs.length];
        // The figure the edit must change: the year's total of its funder in its grid. On
        // a page without one (the floor), any change beside the field.
        const cell = /^cell-input-(.+)-(\d{4})-.+-(state|dept)$/.exec(el.dataset.testid ?? '');
        const total = cell && document.querySelector(`[data-testid="total-${cell[1]}-${cell[2]}-${cell[3]}"]`);
        const field = el.closest('.money-field') ?? el;
        const isFigure = total ? (r) => total.contains(r.target) : (r) => !field.contains(r.target);
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
        const afterNextPaint = (then) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => then(performance.now());
          channel.port2.postMessage(null);
        };
        let t0 = null;
        let paintAt = null;
        let domAt = null;
        let figuresAt = null;
        const done = () => {
          if (paintAt === null || figuresAt === null) return;
          observer.disconnect();
          clearTimeout(giveUp);
          resolve({ paint: paintAt - t0, dom: domAt - t0, figures: figuresAt - t0 });
        };
        const observer = new MutationObserver((records) => {
          if (domAt !== null || !records.some(isFigure)) return;
          domAt = performance.now();
          if (paintAt === null) return; // Within the keystroke's frame: painted with it.
          requestAnimationFrame(() => afterNextPaint((at) => { figuresAt = at; done(); }));
        });
        let giveUp = null;
        const timed = () => requestAnimationFrame(() => {
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          giveUp = setTimeout(() => {
            observer.disconnect();
            if (domAt === null) resolve({ paint: paintAt - t0, dom: null, figures: null });
            else reject(new Error('the figures were not painted within 10 s'));
          }, 10_000);
          t0 = performance.now();
          if (setter) setter.call(el, value); else el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          afterNextPaint((at) => {
            paintAt = at;
            if (domAt !== null) figuresAt = at;
            done();
          });
        });
        // As someone typing: the field is in view and has the focus. Moving there, and what
        // the focus shows (« Au minimum »), is drawn and settled before the timed frame.
        if (document.activeElement === el) timed();
        else {
          el.scrollIntoView({ block: 'center' });
          el.focus();
          setTimeout(() => requestAnimationFrame(() => setTimeout(timed, 50)), 50);
        }
      }),
    { selector: CELL, index, value },
  );
}

async function inputToPaint(page, edits, warmup) {
  const cells = await page.locator(CELL).count();
  if (cells === 0) return { cells: 0 };
  for (let i = 0; i < warmup; i++) await timeEdit(page, i, editValue(i + 1000));
  const before = cpuTimes();
  const samples = [];
  for (let i = 0; i < edits; i++) samples.push(await timeEdit(page, i, editValue(i)));
  const steal = stealPercent(before, cpuTimes());
  const unchanged = samples.filter((x) => x.dom === null).length;
  if (unchanged) throw new Error(`${unchanged} edits changed nothing on the page: the latency would be meaningless`);
  const round = (x) => Math.round(x * 100) / 100;
  return {
    cells,
    ...summary(samples.map((x) => x.paint)),
    domUpdated: summary(samples.map((x) => x.dom)),
    figures: summary(samples.map((x) => x.figures)),
    steal,
    samples: samples.map((x) => ({ paint: round(x.paint), dom: round(x.dom), figures: round(x.figures) })),
  };
}

/** The default scenario's edits with the renderer's CPU slowed down `rate` times. */
async function editsUnderCpuSlowdown(browser, url, rate, opts) {
  const { context, page, errors } = await openSettled(browser, url);
  try {
    const cdp = await slowDown(context, page, rate);
    const edit = await inputToPaint(page, opts.edits, opts.warmupEdits);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { rate, inputToPaint: edit, errors };
  } finally {
    await context.close();
  }
}

/** The default scenario, cold-loaded and settled, ready for edits. */
async function openSettled(browser, url) {
  const opened = await coldLoad(browser, url);
  await settle(opened.page);
  return opened;
}

/** The renderer's CPU slowed down `rate` times (1: full speed); the session, to undo it. */
async function slowDown(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

// The floor: a page with one labelled input whose value is written into a paragraph, as small
// an app as can show an edit. Its input-to-paint is the browser's own cost for a keystroke.
const FLOOR_PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>plancher</title>
<label>Montant <input data-testid="cell-input-floor" value="0"></label><p>Total : <output>0</output></p>
<script>const i = document.querySelector('input'), o = document.querySelector('output');
i.addEventListener('input', () => { o.textContent = i.value; });</script></html>`;

/** The floor's input-to-paint at 1× and with the CPU slowed down `rate` times. */
async function floorEdits(browser, rate, opts) {
  const out = {};
  for (const r of [1, rate]) {
    const { context, page } = await openFloor(browser);
    try {
      await slowDown(context, page, r);
      out[r === 1 ? 'normal' : 'slowed'] = await inputToPaint(page, opts.edits, opts.warmupEdits);
    } finally {
      await context.close();
    }
  }
  return { rate, ...out };
}

/** The floor's page in a context of its own. */
async function openFloor(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.setContent(FLOOR_PAGE);
  return { context, page };
}

// Typing as a person does. The edits above set a value and dispatch `input` at the start of a
// frame, which isolates the frame's own cost; a real keystroke also goes through the browser's
// input pipeline, its editing (the caret, the selection) and Chromium's autofill, which reads
// the typed field's form. Here Playwright's keyboard sends key events by the DevTools
// protocol, as the browser receives them from the system: six digits typed at TYPING_GAP_MS
// apart into each cell in turn, its amount selected first, as someone replacing it. Each
// keystroke is timed from its keydown's timestamp (when the browser received the key) to the
// first task after the frame that paints the character (a MessageChannel message posted from
// the frame callback after its `input`): the wait for that frame (0 to 16.7 ms) is counted,
// on the app and on the floor alike, as a person sees it. Every keystroke here is valid; the
// figures it changes follow as the app applies it, and compete with the next keys.
const TYPED = '300000';
const TYPING_GAP_MS = 125;

async function typedKeystrokes(page, cells) {
  await page.evaluate(() => {
    window.__typed = [];
    let down = null;
    addEventListener('keydown', (e) => { if (/^\d$/.test(e.key)) down = e.timeStamp; }, true);
    addEventListener('input', () => {
      const at = down;
      down = null;
      if (at === null) return;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__typed.push(performance.now() - at);
        channel.port2.postMessage(null);
      });
    }, true);
  });
  const inputs = page.locator(CELL);
  const n = await inputs.count();
  // The first cell warms up, as the edits' warm-up does.
  for (let i = 0; i <= cells; i++) {
    await inputs.nth(i % n).evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      el.focus();
      el.select();
    });
    // A person starts typing a while after moving to the cell. The wait varies (200 to 700 ms)
    // so that what the move sets off in the app (the previous cell's « Au minimum » goes
    // 300 ms after the focus left it) lands just before the first key as often as it would
    // for a person, not at every cell.
    await page.waitForTimeout(200 + ((i * 137) % 500));
    if (i === 1) await page.evaluate(() => { window.__typed = []; });
    await page.keyboard.type(TYPED, { delay: TYPING_GAP_MS });
    await page.waitForTimeout(500);
  }
  const samples = await page.evaluate(() => window.__typed);
  if (samples.length !== cells * TYPED.length) throw new Error(`typing: ${samples.length} keystrokes painted of ${cells * TYPED.length} typed`);
  return summary(samples);
}

/** Typing on the default scenario and on the floor's page, at 1× and `rate` times slower. */
async function typing(browser, url, rate, cells) {
  const out = { rate, cells, keys: TYPED.length, gapMs: TYPING_GAP_MS };
  for (const [name, open] of [
    ['app', () => openSettled(browser, url)],
    ['floor', () => openFloor(browser)],
  ]) {
    for (const r of [1, rate]) {
      const { context, page } = await open();
      try {
        await slowDown(context, page, r);
        out[`${name}${r === 1 ? 'Normal' : 'Slowed'}`] = await typedKeystrokes(page, cells);
      } finally {
        await context.close();
      }
    }
  }
  return out;
}

/** Cold loads of the default scenario over a slow network (SLOW_NETWORK). */
async function slowNetworkLoads(browser, url, runs) {
  const loads = [];
  const errors = new Set();
  for (let i = 0; i < runs; i++) {
    const { context, metrics, errors: errs } = await coldLoad(browser, url, { network: SLOW_NETWORK });
    loads.push(metrics);
    errs.forEach((e) => errors.add(e));
    await context.close();
  }
  return { network: SLOW_NETWORK, ...loadSummary(loads), errors: [...errors] };
}

// ---- (e) Lighthouse ----------------------------------------------------------------------
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const LIGHTHOUSE_METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function spawnAsync(cmd, args, options) {
  // Not execFileSync: the page is served from this process, whose event loop must keep running.
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(args[0] ?? cmd)} exited with ${code}:\n${output.trim().split('\n').slice(-15).join('\n')}`))));
  });
}

/** Lighthouse's CLI, mobile (its default form factor and simulated throttling), `runs` times. */
async function lighthouse(url, runs) {
  if (!existsSync(LIGHTHOUSE_CLI)) throw new Error('node_modules/lighthouse is missing: npm ci (lighthouse 12.2.3 is a devDependency)');
  const version = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  const flags = [...new Set(['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...CHROMIUM_ARGS])];
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const reports = [];
  try {
    for (let i = 0; i < runs; i++) {
      const file = path.join(dir, `run-${i}.json`);
      await spawnAsync(process.execPath, [
        LIGHTHOUSE_CLI, url,
        '--output=json', `--output-path=${file}`,
        `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
        `--chrome-flags=${flags.join(' ')}`,
        '--quiet',
      ], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
      const lhr = JSON.parse(readFileSync(file, 'utf8'));
      if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      reports.push({
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])),
        metrics: Object.fromEntries(LIGHTHOUSE_METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null])),
        failed: Object.fromEntries(
          LIGHTHOUSE_CATEGORIES.map((c) => [
            c,
            (lhr.categories[c]?.auditRefs ?? [])
              .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 0.9)
              .map((r) => r.id),
          ]),
        ),
        warnings: lhr.runWarnings ?? [],
        formFactor: lhr.configSettings?.formFactor,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const med = (pick) => {
    const xs = reports.map(pick).filter((x) => typeof x === 'number');
    return xs.length ? median(xs) : null;
  };
  return {
    version,
    runs,
    url,
    formFactor: reports[0].formFactor,
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, med((r) => r.scores[c])])),
    metrics: Object.fromEntries(LIGHTHOUSE_METRICS.map((m) => [m, med((r) => r.metrics[m])])),
    failed: reports[reports.length - 1].failed,
    warnings: [...new Set(reports.flatMap((r) => r.warnings))],
    reports,
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
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

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

/** `?bench=DxYxA` asks for D départements × Y years × A axes, two amounts each (State, Département). */
function askedCells(query) {
  const m = /[?&]bench=(\d+)x(\d+)x(\d+)(?:&|$)/.exec(query);
  return m ? 2 * Number(m[1]) * Number(m[2]) * Number(m[3]) : null;
}

/** The cells of the scenario the app opened, from its name for a generated one (« … 101
 *  départements × 5 années × 4 axes »): a large scenario draws only the cards near the window,
 *  so the fields on the page are fewer. `null` for the convention, whose fields are all drawn. */
async function openedCells(page) {
  const name = (await page.getByTestId('scenario-name').textContent()) ?? '';
  const m = /(\d+)\D+?(\d+)\D+?(\d+)\D*$/.exec(name.replace(/\s/g, ' '));
  return m && /×/.test(name) ? 2 * Number(m[1]) * Number(m[2]) * Number(m[3]) : null;
}

function loadSummary(loads) {
  const pick = (k) => loads.map((l) => l[k]).filter((x) => typeof x === 'number');
  return {
    runs: loads.length,
    appPresent: summary(pick('appPresent')),
    appPainted: summary(pick('appPainted')),
    fcp: pick('fcp').length ? summary(pick('fcp')) : null,
    domContentLoaded: summary(pick('domContentLoaded')),
    transferred: pick('transferred').length ? median(pick('transferred')) : null,
    samples: loads,
  };
}

async function measure(browser, base, query, opts) {
  const url = `${base}/${query}`;
  const loads = [];
  const errors = new Set();
  let edit;
  let opened;
  for (let i = 0; i < opts.runs; i++) {
    const { context, page, metrics, errors: errs } = await coldLoad(browser, url);
    loads.push(metrics);
    errs.forEach((e) => errors.add(e));
    if (i === opts.runs - 1) {
      await settle(page);
      opened = await openedCells(page);
      edit = await inputToPaint(page, opts.edits, opts.warmupEdits);
    }
    await context.close();
  }
  const asked = askedCells(query);
  const cells = opened ?? edit?.cells ?? 0;
  return { query, url, askedCells: asked, cells, clamped: asked !== null && cells !== asked, load: loadSummary(loads), inputToPaint: edit, errors: [...errors] };
}

const row = (name, s) => (s ? [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)] : [name, 'n/a', 'n/a', 'n/a', 'n/a']);
const scenarioName = (q) => (q === '' ? 'default scenario' : q);
function cellsNote(r) {
  if (r.clamped) return `asked ${thousands(r.askedCells)} cells, the app opened ${thousands(r.cells)}: clamped`;
  return `${thousands(r.cells)} cells`;
}

function printScenario(r) {
  const { load, inputToPaint: edit } = r;
  console.log(`\n== ${scenarioName(r.query)} (${r.url}; ${cellsNote(r)})`);
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
    console.log(table([['', 'median', 'p95', 'min', 'max'], row('keystroke painted', edit), row('figures in the DOM', edit.domUpdated), row('figures painted', edit.figures)]));
    if (edit.steal !== null) console.log(`CPU steal during the edits: ${edit.steal.toFixed(0)} %`);
  }
  if (r.errors.length) console.log(`\nerrors seen in the page:\n  ${r.errors.join('\n  ')}`);
}

// ---- figures against targets -------------------------------------------------------------
const verdict = (ok) => (ok === null ? '—' : ok ? 'yes' : 'NO');
const fmtUs = (ns) => `${(ns / 1000).toFixed(2)} µs`;

/** [figure, measured, target, met] rows: the table at the top of docs/performance.md. */
function figures(result) {
  const { bundle, counter, scenarios, slowNetwork, cpuSlowdown, floor, evaluation, lighthouse: lh } = result;
  const rows = [];
  const files = `${bundle.files.length} files .wasm+.js+.css`;
  rows.push([`bundle, gzip -9 (${files})`, kb(bundle.total.gzip), '—', '—']);
  rows.push(['bundle, Brotli q11', kb(bundle.total.brotli), '—', '—']);
  if (counter) {
    rows.push(['bare Yew 0.23 counter, gzip / Brotli (same profile)', `${kb(counter.total.gzip)} / ${kb(counter.total.brotli)}`, '—', '—']);
    for (const k of ['gzip', 'brotli']) {
      const ratio = bundle.total[k] / counter.total[k];
      rows.push([`bundle ÷ bare counter, ${k === 'gzip' ? 'gzip' : 'Brotli'}`, `${ratio.toFixed(2)}×`, `≤ ${TARGET.ratio}×`, verdict(ratio <= TARGET.ratio)]);
    }
  }
  const def = scenarios.find((s) => s.query === '');
  if (def) rows.push([`cold load, default, app painted, median of ${def.load.runs}`, ms(def.load.appPainted.median), '—', '—']);
  if (slowNetwork) {
    rows.push([
      `cold load, default, 1.6 Mbit/s 150 ms RTT, app painted, median of ${slowNetwork.runs}`,
      ms(slowNetwork.appPainted.median),
      '—',
      '—',
    ]);
  }
  for (const s of scenarios) {
    if (s.query === '') continue;
    const isLargest = s.query === TARGET.largestQuery;
    const m = s.load.appPainted.median;
    rows.push([
      `load, ${s.query} (${cellsNote(s)}), app painted, median of ${s.load.runs}`,
      ms(m),
      isLargest ? `< ${TARGET.loadLargest} ms` : '—',
      isLargest ? (s.clamped ? 'n/a (clamped)' : verdict(m < TARGET.loadLargest)) : '—',
    ]);
  }
  // The keystroke's own frame carries the target; the figures follow once it is painted.
  const editRows = (name, e, clamped) => {
    rows.push([`input-to-paint p95, ${name}, ${e.n} edits`, ms(e.p95), `≤ ${TARGET.inputToPaintP95} ms`, clamped ? 'n/a (clamped)' : verdict(e.p95 <= TARGET.inputToPaintP95)]);
    rows.push([`  then figures painted, p95`, ms(e.figures.p95), '—', '—']);
  };
  for (const s of scenarios) {
    const e = s.inputToPaint;
    if (!e?.cells) continue;
    editRows(`${s.query === '' ? 'default' : s.query} (${cellsNote(s)})`, e, s.clamped);
  }
  if (cpuSlowdown?.inputToPaint?.cells) editRows(`default, CPU ${cpuSlowdown.rate}× slower`, cpuSlowdown.inputToPaint, false);
  if (floor) {
    rows.push([
      `floor: the same on a page with one input, p95 at 1× / ${floor.rate}× (${floor.normal.n} edits each)`,
      `${ms(floor.normal.p95)} / ${ms(floor.slowed.p95)}`,
      '—',
      '—',
    ]);
  }
  if (result.typing) {
    const t = result.typing;
    rows.push([
      `typing « ${TYPED} », real key events, keydown → painted p95, default at 1× / ${t.rate}× (${t.appNormal.n} keys each)`,
      `${ms(t.appNormal.p95)} / ${ms(t.appSlowed.p95)}`,
      '—',
      '—',
    ]);
    rows.push([`  the same on the floor's page, 1× / ${t.rate}×`, `${ms(t.floorNormal.p95)} / ${ms(t.floorSlowed.p95)}`, '—', '—']);
  }
  if (evaluation) {
    rows.push(['native evaluate(signed_convention()), criterion median', fmtUs(evaluation.medianNs), `< ${TARGET.evaluateNs / 1000} µs`, verdict(evaluation.medianNs < TARGET.evaluateNs)]);
  }
  if (lh) {
    rows.push([
      `Lighthouse ${lh.version} (${lh.formFactor}) performance / accessibility / best practices${lh.runs > 1 ? `, median of ${lh.runs}` : ''}`,
      LIGHTHOUSE_CATEGORIES.map((c) => lh.scores[c] ?? 'n/a').join(' / '),
      '—',
      '—',
    ]);
  }
  return rows;
}

function markdownTable(header, rows, align) {
  return [`| ${header.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function markdown(result) {
  const { bundle, counter, slowNetwork, cpuSlowdown, evaluation, lighthouse: lh } = result;
  const lines = [
    '# Performance',
    '',
    `Measured by \`make bench\` (\`scripts/bench.mjs\`) on ${result.date.slice(0, 10)}, commit ${result.commit ?? '?'}, Chromium ${result.browser}, headless, on this project's 2-core machine (load average ${result.loadAverage.toFixed(1)} when the run began), dist/ served ${result.serve === 'gzip' ? 'gzip-compressed as deploy/nginx does' : 'uncompressed'}. Figures, not assertions: no test fails on them.`,
    '',
    '## Figures against targets',
    '',
    ...markdownTable(['figure', 'measured', 'target', 'met'], figures(result), ['l', 'r', 'r', 'l']),
    '',
    '## Bundle (release build, `dist/`)',
    '',
    ...markdownTable(
      ['file', 'raw', 'gzip', 'Brotli'],
      [
        ...['wasm', 'js', 'css'].map((k) => [`.${k} (${bundle.byKind[k].files})`, kb(bundle.byKind[k].raw), kb(bundle.byKind[k].gzip), kb(bundle.byKind[k].brotli)]),
        ['**total**', kb(bundle.total.raw), `**${kb(bundle.total.gzip)}**`, `**${kb(bundle.total.brotli)}**`],
        ...(counter ? [['bare Yew 0.23 counter (`bench/counter/`)', kb(counter.total.raw), kb(counter.total.gzip), kb(counter.total.brotli)]] : []),
      ],
      ['l', 'r', 'r', 'r'],
    ),
    '',
    'gzip at level 9 and Brotli at quality 11, file by file, over every .wasm, .js and .css in',
    '`dist/` (the loader, the app, the service worker, embed.js and the workshop page’s script).',
    'The counter is a function component with one `use_state` and two buttons, built by Trunk',
    'with the same release profile and `data-wasm-opt="z"`.',
    '',
    ...result.comparisons.flatMap((c) => [
      `${c.label}: ${c.growth >= 0 ? '+' : ''}${kb(c.growth)} gzip (${kb(c.before)} at ${c.rev} → ${kb(c.after)}; the .wasm alone ${c.wasmGrowth >= 0 ? '+' : ''}${kb(c.wasmGrowth)}).`,
      '',
    ]),
  ];
  if (slowNetwork) {
    lines.push(
      '## Cold load over a slow network (default scenario)',
      '',
      ...markdownTable(
        ['measure', 'median', 'p95'],
        [
          [`load: app present (${slowNetwork.runs} cold loads)`, ms(slowNetwork.appPresent.median), ms(slowNetwork.appPresent.p95)],
          ['load: app painted', ms(slowNetwork.appPainted.median), ms(slowNetwork.appPainted.p95)],
        ],
        ['l', 'r', 'r'],
      ),
      '',
      `1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (DevTools protocol \`Network.emulateNetworkConditions\`); ${slowNetwork.transferred === null ? '' : `${kb(slowNetwork.transferred)} transferred by the time the app is painted`}.`,
      '',
    );
  }
  for (const r of result.scenarios) {
    const e = r.inputToPaint;
    lines.push(`## ${scenarioName(r.query)} (${cellsNote(r)})`, '');
    const rows = [
      [`load: app present (${r.load.runs} cold loads)`, ms(r.load.appPresent.median), ms(r.load.appPresent.p95)],
      ['load: app painted', ms(r.load.appPainted.median), ms(r.load.appPainted.p95)],
    ];
    if (e && e.cells) {
      rows.push(
        [`input → keystroke painted (${e.n} edits, ${e.cells} cells)`, ms(e.median), ms(e.p95)],
        ['input → figures in the DOM', ms(e.domUpdated.median), ms(e.domUpdated.p95)],
        ['input → figures painted', ms(e.figures.median), ms(e.figures.p95)],
      );
    }
    const cpu = r.query === '' && cpuSlowdown?.inputToPaint?.cells ? cpuSlowdown.inputToPaint : null;
    if (cpu) {
      rows.push(
        [`input → keystroke painted, CPU ${cpuSlowdown.rate}× slower (${cpu.n} edits)`, ms(cpu.median), ms(cpu.p95)],
        [`input → figures in the DOM, CPU ${cpuSlowdown.rate}× slower`, ms(cpu.domUpdated.median), ms(cpu.domUpdated.p95)],
        [`input → figures painted, CPU ${cpuSlowdown.rate}× slower`, ms(cpu.figures.median), ms(cpu.figures.p95)],
      );
    }
    lines.push(...markdownTable(['measure', 'median', 'p95'], rows, ['l', 'r', 'r']));
    const steal = [e?.steal, cpu?.steal].filter((x) => typeof x === 'number');
    if (steal.length) lines.push('', `CPU steal (time the host gave other guests) during the edits: ${steal.map((x) => `${x.toFixed(0)} %`).join(', ')}.`);
    if (r.clamped) lines.push('', `The address asked for ${thousands(r.askedCells)} cells; the app brings generated scenarios within its maximum size and opened ${thousands(r.cells)}.`);
    lines.push('');
  }
  lines.push(
    'Input-to-paint: the cell is scrolled into view and focused, as by someone typing in it (settled',
    'before timing); each edit sets it and dispatches `input` at the start of an animation frame;',
    'the time runs to the first task after that frame is painted (a `MessageChannel` message posted',
    'from the same callback), so waiting for vsync is not counted and a frame that overruns is:',
    'the keystroke on screen. The app applies a keystroke once its frame is painted',
    '(`src/ui/typing.rs`); « figures in the DOM » is when the cell\'s year total changes, « figures',
    'painted » the first task after the frame that draws it. Typed at the start of',
    'a frame as here, the keystroke waits a whole frame; typed between frames, as by a person, the',
    'rest of the current one.',
    `Edits start once the service worker is installed. The CPU slowdown is the DevTools protocol's`,
    '`Emulation.setCPUThrottlingRate`. On a shared host, CPU steal and other work slow the browser',
    'as a whole: compare figures taken at low steal and low load.',
    '',
  );
  if (result.floor) {
    const f = result.floor;
    lines.push(
      '## Floor: a page with one input',
      '',
      ...markdownTable(['measure', 'median', 'p95'], [
        ['input → frame painted, 1×', ms(f.normal.median), ms(f.normal.p95)],
        [`input → frame painted, CPU ${f.rate}× slower`, ms(f.slowed.median), ms(f.slowed.p95)],
      ], ['l', 'r', 'r']),
      '',
      'The same measure, in the same browser, on a page with one labelled input whose `input`',
      'handler writes its value into a paragraph: what any keystroke that changes something on',
      'screen costs here before the app does anything.',
      '',
    );
  }
  if (result.typing) {
    const t = result.typing;
    lines.push(
      '## Typing as a person does',
      '',
      ...markdownTable(['keydown → keystroke painted', 'median', 'p95'], [
        ['default scenario, 1×', ms(t.appNormal.median), ms(t.appNormal.p95)],
        [`default scenario, CPU ${t.rate}× slower`, ms(t.appSlowed.median), ms(t.appSlowed.p95)],
        ['floor, 1×', ms(t.floorNormal.median), ms(t.floorNormal.p95)],
        [`floor, CPU ${t.rate}× slower`, ms(t.floorSlowed.median), ms(t.floorSlowed.p95)],
      ], ['l', 'r', 'r']),
      '',
      `The digits « ${TYPED} » typed ${t.gapMs} ms apart into ${t.cells} cells in turn (${t.appNormal.n} keystrokes per line), each cell's amount`,
      'selected first, by key events sent through the DevTools protocol: each goes through the',
      "browser's input pipeline, its editing and Chromium's autofill, as a person's. Timed from the",
      "keydown's timestamp to the first task after the frame that paints the character, so the",
      'wait for that frame (0 to 16.7 ms) is counted, here and on the floor alike; the figures each',
      'keystroke changes are worked out between keys, and a key typed meanwhile waits for them.',
      '',
    );
  }
  if (evaluation) {
    lines.push(
      '## Native evaluation',
      '',
      `\`simulateur::domain::rules::evaluate(&signed_convention())\`, every rule over the default scenario, native release build: median ${fmtUs(evaluation.medianNs)} (95 % interval ${fmtUs(evaluation.medianLowNs)} – ${fmtUs(evaluation.medianHighNs)}), mean ${fmtUs(evaluation.meanNs)}${evaluation.slopeNs === null ? '' : `, slope ${fmtUs(evaluation.slopeNs)} (the figure criterion prints)`}. Criterion, \`benches/evaluate.rs\`: \`cargo bench --bench evaluate\`.`,
      '',
    );
  }
  if (lh) {
    lines.push(
      `## Lighthouse ${lh.version}`,
      '',
      ...markdownTable(
        ['category', 'score'],
        LIGHTHOUSE_CATEGORIES.map((c) => [c, lh.scores[c] ?? 'n/a']),
        ['l', 'r'],
      ),
      '',
      `Default scenario, ${lh.formFactor} (Lighthouse's default form factor and simulated throttling)${lh.runs > 1 ? `, median of ${lh.runs} runs` : ''}: ` +
        [
          ['first contentful paint', 'first-contentful-paint', ms],
          ['largest contentful paint', 'largest-contentful-paint', ms],
          ['total blocking time', 'total-blocking-time', ms],
          ['speed index', 'speed-index', ms],
          ['cumulative layout shift', 'cumulative-layout-shift', (x) => (x === null ? 'n/a' : x.toFixed(3))],
        ]
          .map(([name, id, f]) => `${name} ${f(lh.metrics[id])}`)
          .join(', ') +
        '.',
      '',
    );
    const failed = LIGHTHOUSE_CATEGORIES.filter((c) => lh.failed[c]?.length);
    if (failed.length) lines.push(`Audits below 90: ${failed.map((c) => `${c}: ${lh.failed[c].join(', ')}`).join('; ')}.`, '');
  }
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const startedAt = Date.now();
  try {
    statSync(path.join(opts.dist, 'index.html'));
  } catch {
    throw new Error(`${opts.dist}/index.html not found: run \`make build\` (or \`make bench\`) first`);
  }
  const loadAverage = loadavg()[0];
  const files = snapshot(opts.dist);
  const bundle = bundleSizes(files);
  // Builds first (they take the machine's cores), measures after.
  const counter = opts.skip.has('counter') ? null : counterBundle();
  const compared = comparisons(opts.compare, bundle);
  const evaluation = opts.skip.has('criterion') ? null : evaluateBench();

  const server = opts.serve === 'gzip' ? await serveCompressed(files) : await serveDist({ dir: opts.dist, port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const result = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    browser: browser.version(),
    loadAverage,
    serve: opts.serve,
    targets: TARGET,
    bundle,
    counter,
    comparisons: compared,
    evaluation,
    scenarios: [],
    slowNetwork: null,
    cpuSlowdown: null,
    floor: null,
    typing: null,
    lighthouse: null,
  };
  try {
    try {
      for (const query of opts.queries) {
        progress(`${opts.runs} cold loads and ${opts.edits} edits: ${scenarioName(query)}…`);
        result.scenarios.push(await measure(browser, server.url, query, opts));
      }
      if (!opts.skip.has('cpu')) {
        progress(`${opts.edits} edits with the CPU ${opts.cpuSlowdown}× slower: default scenario…`);
        result.cpuSlowdown = await editsUnderCpuSlowdown(browser, `${server.url}/`, opts.cpuSlowdown, opts);
      }
      if (!opts.skip.has('floor')) {
        progress(`${opts.edits} edits on a page with one input, at 1× and ${opts.cpuSlowdown}× slower…`);
        result.floor = await floorEdits(browser, opts.cpuSlowdown, opts);
      }
      if (!opts.skip.has('typing')) {
        progress(`typing « ${TYPED} » into ${opts.typedCells} cells, on the app and on the floor, at 1× and ${opts.cpuSlowdown}× slower…`);
        result.typing = await typing(browser, `${server.url}/`, opts.cpuSlowdown, opts.typedCells);
      }
      if (!opts.skip.has('network')) {
        progress(`${opts.throttledRuns} cold loads over 1.6 Mbit/s, 150 ms: default scenario…`);
        result.slowNetwork = await slowNetworkLoads(browser, `${server.url}/`, opts.throttledRuns);
      }
    } finally {
      await browser.close();
    }
    if (!opts.skip.has('lighthouse')) {
      progress(`Lighthouse (${opts.lighthouseRuns} run${opts.lighthouseRuns > 1 ? 's' : ''}): default scenario…`);
      result.lighthouse = await lighthouse(`${server.url}/`, opts.lighthouseRuns);
    }
  } finally {
    await server.close();
  }
  result.seconds = Math.round((Date.now() - startedAt) / 1000);

  console.log(`\nbench (Chromium ${result.browser}, commit ${result.commit ?? '?'}, load average ${loadAverage.toFixed(1)} at the start, dist/ served ${opts.serve})\n`);
  console.log('bundle (dist/)');
  console.log(table([
    ['file', 'raw', 'gzip', 'Brotli'],
    ...bundle.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
    ...['wasm', 'js', 'css'].map((k) => [`total .${k}`, kb(bundle.byKind[k].raw), kb(bundle.byKind[k].gzip), kb(bundle.byKind[k].brotli)]),
    ['total', kb(bundle.total.raw), kb(bundle.total.gzip), kb(bundle.total.brotli)],
    ...(counter ? [[`bare counter (${counter.dist}${counter.rebuilt ? ', rebuilt' : ''})`, kb(counter.total.raw), kb(counter.total.gzip), kb(counter.total.brotli)]] : []),
  ]));
  for (const c of compared) {
    console.log(`${c.label}: ${c.growth >= 0 ? '+' : ''}${kb(c.growth)} gzip (${kb(c.before)} at ${c.rev} → ${kb(c.after)})`);
  }
  result.scenarios.forEach(printScenario);
  if (result.cpuSlowdown) {
    const e = result.cpuSlowdown.inputToPaint;
    console.log(`\n== default scenario, CPU ${result.cpuSlowdown.rate}× slower`);
    if (e.cells) {
      console.log(`\ninput-to-paint, ${e.n} edits over ${e.cells} cells (ms from the input event)`);
      console.log(table([['', 'median', 'p95', 'min', 'max'], row('keystroke painted', e), row('figures in the DOM', e.domUpdated), row('figures painted', e.figures)]));
      if (e.steal !== null) console.log(`CPU steal during the edits: ${e.steal.toFixed(0)} %`);
    }
  }
  if (result.floor) {
    const f = result.floor;
    console.log('\n== floor: a page with one input whose value is written beside it');
    console.log(table([['', 'median', 'p95', 'min', 'max'], row('frame painted, 1×', f.normal), row(`frame painted, ${f.rate}× slower`, f.slowed)]));
  }
  if (result.typing) {
    const t = result.typing;
    console.log(`\n== typing « ${TYPED} », ${t.gapMs} ms apart, into ${t.cells} cells: keydown → keystroke painted`);
    console.log(table([['', 'median', 'p95', 'min', 'max'], row('default, 1×', t.appNormal), row(`default, ${t.rate}× slower`, t.appSlowed), row('floor, 1×', t.floorNormal), row(`floor, ${t.rate}× slower`, t.floorSlowed)]));
  }
  if (result.slowNetwork) {
    const n = result.slowNetwork;
    console.log(`\n== default scenario over 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip`);
    console.log(`\nload, ${n.runs} cold loads (ms from navigation start)${n.transferred === null ? '' : `; ${kb(n.transferred)} transferred by app painted`}`);
    console.log(table([['', 'median', 'p95', 'min', 'max'], row('first contentful paint', n.fcp), row('app present', n.appPresent), row('app painted', n.appPainted)]));
    if (n.errors.length) console.log(`\nerrors seen in the page:\n  ${n.errors.join('\n  ')}`);
  }
  if (evaluation) {
    console.log('\n== native evaluation of the default scenario (criterion, benches/evaluate.rs)');
    console.log(`median ${fmtUs(evaluation.medianNs)} (95 % interval ${fmtUs(evaluation.medianLowNs)} – ${fmtUs(evaluation.medianHighNs)}), mean ${fmtUs(evaluation.meanNs)}${evaluation.slopeNs === null ? '' : `, slope ${fmtUs(evaluation.slopeNs)}`}`);
  }
  if (result.lighthouse) {
    const lh = result.lighthouse;
    console.log(`\n== Lighthouse ${lh.version} (${lh.formFactor})`);
    console.log(LIGHTHOUSE_CATEGORIES.map((c) => `${c} ${lh.scores[c] ?? 'n/a'}`).join(', '));
    for (const c of LIGHTHOUSE_CATEGORIES) if (lh.failed[c]?.length) console.log(`  ${c}, audits below 90: ${lh.failed[c].join(', ')}`);
    if (lh.warnings.length) console.log(`  warnings: ${lh.warnings.join(' | ')}`);
  }

  console.log(`\n== figures against targets (${result.seconds} s)\n`);
  console.log(table([['figure', 'measured', 'target', 'met'], ...figures(result)]));

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
