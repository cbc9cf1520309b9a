#!/usr/bin/env node
// nginx (Debian's) serving dist/ under /simulateur/ with the configuration of docs/deploy.md
// (deploy/nginx/), for the end-to-end tests of the deployment (Playwright's "nginx" project).
//   node scripts/nginx-test.mjs [--port 4174]
// Runs in the foreground until stopped; everything it writes is under target/nginx/.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] ?? 4174) || 4174;
const prefix = path.join(ROOT, 'target', 'nginx');
const www = path.join(prefix, 'www');

rmSync(prefix, { recursive: true, force: true });
mkdirSync(path.join(prefix, 'temp'), { recursive: true });
mkdirSync(www, { recursive: true });
// The site's folder for the simulator is the build itself.
symlinkSync(path.join(ROOT, 'dist'), path.join(www, 'simulateur'));

// The deployment's own files, with the test's paths in place of the server's.
const headers = path.join(prefix, 'simulateur-headers.conf');
writeFileSync(headers, readFileSync(path.join(ROOT, 'deploy/nginx/simulateur-headers.conf')));
const location = readFileSync(path.join(ROOT, 'deploy/nginx/simulateur.conf'), 'utf8')
  .replaceAll('root /var/www;', `root ${www};`)
  .replaceAll('/etc/nginx/snippets/simulateur-headers.conf', headers);
writeFileSync(path.join(prefix, 'simulateur.conf'), location);

const temp = (name) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`;
writeFileSync(
  path.join(prefix, 'nginx.conf'),
  `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    include ${path.join(prefix, 'simulateur.conf')};
  }
}
`,
);

const nginx = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('exit', (code) => process.exit(code ?? 0));
