/**
 * `npm run db:backup [-- <file>]` and `npm run db:restore -- <file> [--replace]`, against the
 * local embedded database (started, or shared with a running `npm run dev`) or DATABASE_URL.
 *
 * A backup is the data of every table, as of one consistent moment, plus the names of the
 * migrations that shaped it (see packages/postgres/src/backup.ts for why not pg_dump). A restore
 * applies the committed migrations to the target, checks they are the backup's, and loads the
 * rows in one transaction. Stop the CMS before restoring into a database it uses.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import {
  backupDatabase,
  readBackupHeader,
  restoreDatabase,
  startPostgres,
  tableCounts,
  type PostgresServer,
} from '@sok/postgres'

import { launcherEnv } from './lib/env'
import { bin, cmsDir, dataDir, repoRoot } from './lib/paths'
import { runCommand } from './lib/processes'

const DATABASE = 'science_of_ketamine'
const [command, ...args] = process.argv.slice(2)
let server: PostgresServer | undefined

/** DATABASE_URL as it is, or the embedded development database. */
async function targetUrl(): Promise<string> {
  if (launcherEnv.DATABASE_URL) return launcherEnv.DATABASE_URL
  server = await startPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port: launcherEnv.EMBEDDED_POSTGRES_PORT,
    log: (line) => console.log(`db   │ ${line}`),
  })
  await server.ensureDatabase(DATABASE)
  return server.url(DATABASE)
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

async function backup(): Promise<number> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const file = path.resolve(args[0] ?? path.join(repoRoot, 'backups', `sok-${stamp}.jsonl.gz`))
  mkdirSync(path.dirname(file), { recursive: true })
  const header = await backupDatabase(await targetUrl(), file)
  console.log(
    `Backed up ${total(header.tables)} rows in ${Object.keys(header.tables).length} tables (PostgreSQL ${header.serverVersion}, ${header.migrations.length} migrations) to\n  ${file}`,
  )
  return 0
}

async function restore(): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) {
    console.error('Usage: npm run db:restore -- <backup file> [--replace]')
    return 2
  }
  const header = await readBackupHeader(path.resolve(file))
  const url = await targetUrl()
  // The schema comes from the committed migrations (without the demo seed: the rows come next).
  const migrated = await runCommand(bin('payload'), ['migrate'], {
    cwd: cmsDir,
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO_CONTENT: 'false' },
  })
  if (migrated !== 0) return migrated
  await restoreDatabase(url, path.resolve(file), { replace: args.includes('--replace') })
  const counts = await tableCounts(url)
  const differing = Object.entries(header.tables).filter(([table, n]) => counts[table] !== n)
  if (differing.length) {
    console.error(`Row counts differ after the restore: ${differing.map(([t]) => t).join(', ')}`)
    return 1
  }
  console.log(`Restored ${total(header.tables)} rows from the backup of ${header.createdAt}.`)
  return 0
}

async function main(): Promise<number> {
  if (command === 'backup') return backup()
  if (command === 'restore') return restore()
  console.error('Usage: tsx scripts/db.ts backup [file] | restore <file> [--replace]')
  return 2
}

main()
  .catch((error: Error) => {
    console.error(error.message)
    return 1
  })
  .then(async (code) => {
    await server?.stop()
    process.exit(code)
  })
