import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { type PostgresServer, withClient } from '@sok/postgres'
import type pg from 'pg'

import { dataDir, repoRoot } from '../lib/paths'
import { CORPUS_SIZE, generateCorpus } from './corpus'

const TEMPLATE_PREFIX = 'sok_bench_corpus_'
export const RUN_DATABASE = 'sok_bench_run'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort()
}

/**
 * What the corpus depends on: the schema (migrations), the seeded content it copies, and the
 * generator itself. Any change to them builds a new corpus; otherwise the saved one is reused.
 */
export function corpusKey(): string {
  const hash = createHash('sha256').update(JSON.stringify(CORPUS_SIZE))
  for (const dir of ['apps/cms/src/migrations', 'apps/cms/src/seed', 'scripts/bench']) {
    for (const file of filesUnder(path.join(repoRoot, dir))) {
      if (/corpus|migrations|seed/.test(file)) hash.update(file).update(readFileSync(file))
    }
  }
  return hash.digest('hex').slice(0, 12)
}

export const corpusMediaDir = (key: string) => path.join(dataDir, 'bench', `media-${key}`)

async function databases(server: PostgresServer): Promise<string[]> {
  return withClient(server.url('postgres'), async (client) =>
    (await client.query<{ datname: string }>('select datname from pg_database')).rows.map(
      (row) => row.datname,
    ),
  )
}

/**
 * The run's database, a copy of the saved corpus (a template database: copying it takes
 * seconds). Without a saved corpus, `seedCms` migrates and seeds an empty database through the
 * CMS itself, and the generator grows it to 10,000 articles; that is then saved for next time.
 */
export async function prepareRunDatabase(
  server: PostgresServer,
  seedCms: (databaseUrl: string, mediaDir: string) => Promise<void>,
  log: (line: string) => void,
): Promise<{ key: string; mediaDir: string; built: boolean; seconds: number }> {
  const started = performance.now()
  const key = corpusKey()
  const template = `${TEMPLATE_PREFIX}${key}`
  const mediaDir = corpusMediaDir(key)
  const existing = await databases(server)
  let built = false
  // A run stopped while generating leaves a half-built corpus behind.
  for (const name of existing.filter(
    (n) => n.startsWith(TEMPLATE_PREFIX) && n.endsWith('_building'),
  )) {
    await server.dropDatabase(name)
  }
  if (!existing.includes(template) || !existsSync(mediaDir)) {
    built = true
    const building = `${template}_building`
    await server.dropDatabase(template)
    rmSync(mediaDir, { recursive: true, force: true })
    await server.ensureDatabase(building)
    log(`corpus ${key}: migrating and seeding through the CMS`)
    await seedCms(server.url(building), mediaDir)
    const published = await withClient(server.url(building), (client) =>
      generateCorpus(client, undefined, log),
    )
    log(`corpus ${key}: ${published} published articles`)
    await withClient(server.url('postgres'), (client) =>
      client.query(`alter database "${building}" rename to "${template}"`),
    )
    // Older corpora (another schema or generator) are only taking space now.
    const older = existing.filter(
      (n) => n.startsWith(TEMPLATE_PREFIX) && n !== template && !n.endsWith('_building'),
    )
    for (const name of older) {
      await server.dropDatabase(name)
      rmSync(corpusMediaDir(name.slice(TEMPLATE_PREFIX.length)), { recursive: true, force: true })
    }
  }
  await server.dropDatabase(RUN_DATABASE)
  await withClient(server.url('postgres'), (client) =>
    client.query(`create database "${RUN_DATABASE}" template "${template}"`),
  )
  return { key, mediaDir, built, seconds: (performance.now() - started) / 1000 }
}

/** Counts rows in the run's database (e.g. the sign-ups the benchmark sent). */
export function queryRunDatabase<T extends pg.QueryResultRow>(
  server: PostgresServer,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return withClient(server.url(RUN_DATABASE), async (client) => {
    return (await client.query<T>(text, values)).rows
  })
}
