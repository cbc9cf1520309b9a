// Debian's Chromium (/usr/bin/chromium) and the flags it needs here, for every script and test
// that launches it: Playwright's own browser downloads cannot work on these machines, and
// without the background-networking flags Chromium keeps trying to reach Google services on
// a closed network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
