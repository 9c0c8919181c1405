import { defineConfig } from '@playwright/test'

import base from '../../playwright.config'

/** `npm run test:dev`: the checks that development servers stay calm (scripts/stack.ts dev-e2e). */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '**/*.dev.spec.ts',
  // Development servers compile each route on its first request, slowly on a loaded machine.
  timeout: 180_000,
  expect: { timeout: 60_000 },
})
