// The simulator's service worker: it keeps this version's built files so that, once loaded,
// the simulator opens and works without a network. scripts/post-build.mjs fills VERSION and
// FILES at each build; a new build is a new sw.js, which is how browsers learn of it.
//
// A new version installs beside the running one and waits: the page says so, and the user's
// « Recharger » (which saves the scenario first) sends `skip-waiting`. Nothing is swapped under
// a page that is in use. See docs/deploy.md.
const VERSION = 'dev';
const FILES = [];
const PREFIX = 'simulateur-';
const CACHE = PREFIX + VERSION;

// From the network, never the browser's HTTP cache: on a host that sends no Cache-Control, a
// cached index.html of the previous version would otherwise be kept with this version's files,
// and ask for files the new deployment no longer has.
self.addEventListener('install', (event) => {
  const fresh = ['./', ...FILES].map((file) => new Request(file, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// The app's own page, whatever its query (?lang=en, ?embed=1…): this version's index.html,
// whose hashed files are in the same cache.
const scope = new URL(self.registration.scope);
const isApp = (url) => url.pathname === scope.pathname || url.pathname === scope.pathname + 'index.html';

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  const key = request.mode === 'navigate' && isApp(url) ? './' : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: key === './' }))
      .then((hit) => hit || fetch(request)),
  );
});
