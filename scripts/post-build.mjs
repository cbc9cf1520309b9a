// Trunk's post_build hook (Trunk.toml): runs in the staging directory before it becomes dist/.
//  1. The security policy: Trunk's inline loader moved to a file, and www/csp.txt as a
//     Content-Security-Policy meta tag in index.html.
//  2. The service worker's list of files (sw.js), with a version drawn from their contents:
//     hashed names change with every build, and a changed sw.js is how browsers learn that a
//     new version is out.
// See docs/deploy.md.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by trunk build)');

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

// --- 1. Security policy -------------------------------------------------------------------
// Trunk's loader moves from an inline script to a file of its own, named by its contents: the
// policy then allows scripts from this site only, the same for every build, in the meta tag
// as in a server's header (docs/deploy.md).
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (inline.length !== 1 || /<script(?![^>]*\bsrc=)[^>]*>/.test(html.replace(inline[0][0], ''))) {
  fail(`expected Trunk's one inline loader script, found ${inline.length}`);
}
if (/\sstyle=/.test(html)) fail('index.html carries a style attribute, which the policy refuses');
const loader = inline[0][1].trim() + '\n';
const loaderName = `loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, loaderName), loader);
html = html.replace(inline[0][0], `<script type="module" src="./${loaderName}"></script>`);
const policy = readFileSync(new URL('../www/csp.txt', import.meta.url), 'utf8').trim();
if (!html.includes('<meta charset="utf-8" />')) fail('index.html lost its charset meta tag');
html = html.replace(
  '<meta charset="utf-8" />',
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
);
writeFileSync(indexPath, html);

// --- 2. Service worker --------------------------------------------------------------------
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dir, path).split('\\').join('/'));
  }
};
walk(dir);
const cached = files.filter((f) => f !== 'sw.js');
const version = createHash('sha256');
for (const f of cached) version.update(f).update(readFileSync(join(dir, f)));
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
const filled = sw
  .replace(/^const VERSION = .*;$/m, `const VERSION = '${version.digest('hex').slice(0, 16)}';`)
  .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(cached)};`);
if (filled === sw) fail('sw.js has no VERSION and FILES lines to fill');
writeFileSync(swPath, filled);
console.log(`post-build: ${loaderName}, security policy, service worker with ${cached.length} files`);
