import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { backupDatabase, restoreDatabase, startPostgres, tableCounts } from '@sok/postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabasePools } from '@/database/close'
import { env } from '@/env'
import { drainJobRunners } from '@/jobs/runner'

import { articleBasics, getTestPayload, separatePayload, unique } from './helpers'

let payload: Payload
const dir = mkdtempSync(path.join(os.tmpdir(), 'sok-backup-'))
const file = path.join(dir, 'backup.jsonl.gz')
const server = startPostgres({ externalUrl: env.DATABASE_URL })
const restoredName = `${new URL(env.DATABASE_URL).pathname.slice(1)}_restored`

beforeAll(async () => {
  payload = await getTestPayload()
})

let target: { url: string; cms: Payload } | undefined

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  if (target) await closeDatabasePools(target.cms)
  await (await server).dropDatabase(restoredName)
})

/** A second CMS on another database: its start-up applies the committed migrations there. */
async function migratedDatabase(name: string): Promise<{ url: string; cms: Payload }> {
  await (await server).ensureDatabase(name)
  const url = (await server).url(name)
  const cms = await separatePayload(name, { pool: { connectionString: url } })
  return { url, cms }
}

describe('backup and restore', () => {
  it('restores every row and an article exactly as it was', async () => {
    const newArticle = await articleBasics(payload)
    const article = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Backed up')),
        newsletter: { sendOnPublish: false },
        _status: 'published',
      },
    })
    // The counts and the backup must see the same rows: this process's job runners (newsletter
    // delivery of other files' sends among them) stop writing first.
    expect(await drainJobRunners(payload, 60_000)).toBe(true)
    const before = await tableCounts(env.DATABASE_URL)
    await backupDatabase(env.DATABASE_URL, file)

    target = await migratedDatabase(restoredName)
    // The target has its own (seeded) content: restoring refuses to overwrite it unasked.
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(/already has content/)
    await restoreDatabase(target.url, file, { replace: true })

    const after = await tableCounts(target.url)
    expect(after).toEqual(before)
    expect(before.articles).toBeGreaterThan(0)

    const original = await payload.findByID({ collection: 'articles', id: article.id, depth: 1 })
    const restored = await target.cms.findByID({ collection: 'articles', id: article.id, depth: 1 })
    expect(restored).toEqual(original)

    // New rows continue after the restored ids instead of colliding with them.
    const next = await target.cms.create({
      collection: 'articles',
      data: { ...newArticle(unique('After restore')), _status: 'draft' },
      draft: true,
    })
    expect(next.id).toBeGreaterThan(article.id)
  })

  it('refuses a file that is not a backup, and leaves the target untouched', async () => {
    const notBackup = path.join(dir, 'not-a-backup.gz')
    const { createGzip } = await import('node:zlib')
    const { pipeline } = await import('node:stream/promises')
    const { Readable } = await import('node:stream')
    const { createWriteStream } = await import('node:fs')
    await pipeline(Readable.from(['hello\n']), createGzip(), createWriteStream(notBackup))
    const before = await tableCounts(env.DATABASE_URL)
    await expect(restoreDatabase(env.DATABASE_URL, notBackup, { replace: true })).rejects.toThrow(
      /not a backup made by `npm run db:backup`/,
    )
    expect(await tableCounts(env.DATABASE_URL)).toEqual(before)
  })
})
