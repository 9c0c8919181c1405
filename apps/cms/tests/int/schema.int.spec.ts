import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import config from '@payload-config'
import type { Payload } from 'payload'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@/migrations'

import { getTestPayload } from './helpers'

let payload: Payload

beforeAll(async () => {
  // Starting Payload applies the committed migrations to this fresh database.
  payload = await getTestPayload()
})

describe('committed generated code matches the config', () => {
  it('the committed migrations describe the schema the config defines', async () => {
    const db = payload.db as unknown as {
      migrationDir: string
      schema: Record<string, unknown>
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: Record<string, unknown>) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
    }
    // The same comparison `payload migrate:create` makes: the snapshot saved with the newest
    // migration against the schema built from today's config.
    const snapshots = readdirSync(db.migrationDir).filter((file) => file.endsWith('.json'))
    const newest = snapshots.sort().at(-1)
    expect(newest, 'No migration is committed.').toBeDefined()
    const before = JSON.parse(readFileSync(path.join(db.migrationDir, newest!), 'utf8')) as unknown
    const kit = db.requireDrizzleKit()
    const statements = await kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))
    expect(
      statements,
      'The config changed without a migration: run `npm run payload -- migrate:create <name>` and commit it.',
    ).toEqual([])
  })

  it('every migration file is registered, so start-up applies it', () => {
    const files = readdirSync(payload.db.migrationDir)
      .filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    expect(migrations.map((migration) => migration.name).sort()).toEqual(files.sort())
  })

  it('the committed payload-types.ts is what `payload generate:types` writes today', async () => {
    const committedPath = (await config).typescript.outputFile
    const freshPath = path.join(await mkdtemp(path.join(os.tmpdir(), 'types-')), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = freshPath
    try {
      await generateTypes(await config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    expect(
      readFileSync(committedPath, 'utf8') === (await readFile(freshPath, 'utf8')),
      'Types are stale: run `npm run generate:types -w @sok/cms` and commit the result.',
    ).toBe(true)
  })

  it('the committed admin import map registers every admin component the config uses', async () => {
    const sanitized = await config
    const committedPath = path.resolve(
      path.dirname(sanitized.typescript.outputFile),
      '../../../apps/cms/src/app/(payload)/admin/importMap.js',
    )
    const freshPath = path.join(await mkdtemp(path.join(os.tmpdir(), 'importmap-')), 'importMap.js')
    await generateImportMap(
      {
        ...sanitized,
        admin: {
          ...sanitized.admin,
          importMap: { ...sanitized.admin.importMap, importMapFile: freshPath },
        },
      },
      { log: false, force: true },
    )
    // Compare what is registered, not how the file is formatted.
    const entries = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/["']([^"'\s]+#\w+)["']\s*:/g)]
        .map((match) => match[1])
        .sort()
    expect(
      entries(committedPath),
      'The admin import map is stale: run `npm run generate:importmap -w @sok/cms` and commit it.',
    ).toEqual(entries(freshPath))
  })
})
