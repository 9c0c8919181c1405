import { existsSync } from 'node:fs'

import { defineConfig } from '@playwright/test'

import { CHROMIUM_ARGS } from './scripts/lib/chromium'

/** Debian's Chromium where present; Playwright's own download cannot run on our machines. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

// `npm run test:e2e` starts the CMS and the site from production builds and sets these.
const webUrl = process.env.WEB_URL ?? 'http://localhost:3101'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  // One shared CMS and database: tests run one at a time and create their own data.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: webUrl,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: '**/cms-down.e2e.spec.ts' },
    // Stops the CMS for good, so it runs after every other test, whatever the file names. Run it
    // alone with `npm run test:e2e -- tests/e2e/cms-down.e2e.spec.ts --no-deps`.
    {
      name: 'cms-down',
      use: { browserName: 'chromium' },
      testMatch: '**/cms-down.e2e.spec.ts',
      dependencies: ['chromium'],
    },
  ],
})
