import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;
// nginx serving the build under a sub-path, as on a département's site (docs/deploy.md).
const NGINX_PORT = 4174;
const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}/simulateur/`;
const CHROMIUM = { browserName: 'chromium' as const, launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } };

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'deployment.spec.ts',
      use: { ...CHROMIUM, viewport: { width: 1280, height: 800 } },
    },
    {
      // The first-screen tests again, and the deployment's own, through nginx at /simulateur/.
      name: 'nginx',
      testMatch: ['first-screen.spec.ts', 'deployment.spec.ts'],
      use: { ...CHROMIUM, viewport: { width: 1280, height: 800 }, baseURL: NGINX_URL },
    },
  ],
  webServer: [
    {
      // Serves the release build in dist/ (`make build`); see scripts/serve-dist.mjs.
      command: `node scripts/serve-dist.mjs --port ${PORT}`,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Debian's nginx with deploy/nginx/ (scripts/nginx-test.mjs).
      command: `node scripts/nginx-test.mjs --port ${NGINX_PORT}`,
      url: NGINX_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
