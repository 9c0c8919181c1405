import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Server } from 'node:http'

import { freePort, startPostgres, type PostgresServer } from '@sok/postgres'

import { startFakeSite } from './fake-site'

let server: PostgresServer | undefined
let fakeSite: Server | undefined
const database = `sok_int_${Date.now().toString(36)}`
const mediaDir = path.join(os.tmpdir(), `sok-int-media-${process.pid}`)
const mailDir = path.join(os.tmpdir(), `sok-int-mail-${process.pid}`)

/**
 * A real Postgres for the integration tests: a throwaway embedded server, or a throwaway database
 * on the server DATABASE_URL names. Dev data is never touched.
 */
export async function setup() {
  server = await startPostgres({ externalUrl: process.env.DATABASE_URL })
  await server.ensureDatabase(database)
  const sitePort = await freePort()
  fakeSite = await startFakeSite(sitePort)
  Object.assign(process.env, {
    WEB_INTERNAL_URL: `http://127.0.0.1:${sitePort}`,
    DATABASE_URL: server.url(database),
    NODE_ENV: 'test',
    SEED_DEMO_CONTENT: 'true',
    JOBS_CRON: '* * * * * *',
    MEDIA_DIR: mediaDir,
    MAIL_DIR: mailDir,
    NEWSLETTER_LIMIT_PER_IP: '20',
    NEWSLETTER_LIMIT_PER_EMAIL: '3',
    // Newsletter delivery at test speed (the benchmark may override batch and interval).
    NEWSLETTER_CRON: '* * * * * *',
    NEWSLETTER_BATCH_SIZE: process.env.NEWSLETTER_BATCH_SIZE ?? '50',
    NEWSLETTER_BATCH_INTERVAL_SECONDS: process.env.NEWSLETTER_BATCH_INTERVAL_SECONDS ?? '0',
    NEWSLETTER_SEND_DELAY_SECONDS: '2',
    NEWSLETTER_RETRY_SECONDS: '0.5',
    NEWSLETTER_MAX_ATTEMPTS: '4',
    // Tests play the part of scripts/serve-next.mjs (which sets SOK_PEER_TOKEN) and of a
    // trusted proxy: see `fromAddress` and TEST_PROXY in helpers.ts.
    SOK_PEER_TOKEN: 'integration-tests-peer-token',
    TRUSTED_PROXIES: '10.99.0.1',
    // Low, so the limit is reached in a few (slow, hashed) attempts.
    LOGIN_LIMIT_PER_IP: '4',
    DB_STATEMENT_TIMEOUT_SECONDS: '5',
  })
}

export async function teardown() {
  fakeSite?.close()
  for (const dir of [mediaDir, mailDir]) rmSync(dir, { recursive: true, force: true })
  if (!server) return
  if (!server.embedded) await server.dropDatabase(database)
  await server.stop()
}
