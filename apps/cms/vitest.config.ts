import { createRequire } from 'node:module'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

const src = path.resolve(import.meta.dirname, 'src')
// Payload loads graphql through Node (its CommonJS entry); our code must get the same instance,
// not the ESM build Vite would pick, or graphql's instanceof checks fail ("another realm").
const graphqlEntry = createRequire(import.meta.url).resolve('graphql')

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(src, 'payload.config.ts') },
      { find: /^@\//, replacement: `${src}/` },
      { find: /^graphql$/, replacement: graphqlEntry },
    ],
  },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/int/global-setup.ts'],
          // One database for the whole run: files take turns, and each test makes its own data.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
