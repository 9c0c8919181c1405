import { createReadStream, createWriteStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { createGunzip, createGzip } from 'node:zlib'

import type pg from 'pg'

import { withClient } from './server'

/**
 * A logical backup of one database's data, made through SQL, for servers where no matching
 * pg_dump is at hand (the embedded server ships none, Debian bookworm's client is version 15 and
 * refuses a PostgreSQL 18 server). The schema is not in it: it comes from the committed
 * migrations, which the backup names, so a restore first migrates the target to exactly those
 * and then loads the rows.
 *
 * The file is gzip'd JSON lines: a header, then for each table a `{"table": …}` line followed by
 * one line per row (`row_to_json`). All tables are read in one REPEATABLE READ transaction, so the
 * backup is a consistent snapshot while the CMS keeps running.
 */
export const BACKUP_FORMAT = 'sok-postgres-backup/1'

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  createdAt: string
  serverVersion: string
  migrations: string[]
  tables: Record<string, number>
  sequences: Record<string, number>
}

const BATCH = 500
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  )
  return rows.map((row) => row.name)
}

async function migrationNames(client: pg.Client, tables: string[]): Promise<string[]> {
  if (!tables.includes('payload_migrations')) return []
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY name`,
  )
  return rows.map((row) => row.name)
}

/** Writes a backup of the database at `url` to `file`; resolves with its header. */
export async function backupDatabase(url: string, file: string): Promise<BackupHeader> {
  return withClient(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      const tables = await publicTables(client)
      const counts: Record<string, number> = {}
      for (const table of tables) {
        const { rows } = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM ${ident(table)}`,
        )
        counts[table] = Number(rows[0]?.n)
      }
      const { rows: sequenceRows } = await client.query<{ name: string; value: string | null }>(
        `SELECT sequencename AS name, last_value AS value FROM pg_sequences WHERE schemaname = 'public'`,
      )
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        serverVersion: (await client.query<{ v: string }>('SHOW server_version')).rows[0]!.v,
        migrations: await migrationNames(client, tables),
        tables: counts,
        sequences: Object.fromEntries(
          sequenceRows
            .filter((row) => row.value !== null)
            .map((row) => [row.name, Number(row.value)]),
        ),
      }
      async function* lines() {
        yield JSON.stringify(header) + '\n'
        for (const table of tables) {
          yield JSON.stringify({ table }) + '\n'
          await client.query(
            `DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${ident(table)} t`,
          )
          for (;;) {
            const { rows } = await client.query<{ row: string }>(`FETCH ${BATCH} FROM rows_cursor`)
            if (rows.length === 0) break
            yield rows.map((row) => row.row).join('\n') + '\n'
          }
          await client.query('CLOSE rows_cursor')
        }
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }))
      return header
    } finally {
      await client.query('ROLLBACK')
    }
  })
}

/** The header of a backup file, without reading the rest. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const input = createReadStream(file).pipe(createGunzip())
  const lines = createInterface({ input, crlfDelay: Infinity })
  try {
    for await (const line of lines) return parseHeader(line)
  } finally {
    lines.close()
    input.destroy()
  }
  throw new Error(`${file} is empty.`)
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader
  try {
    header = JSON.parse(line) as BackupHeader
  } catch {
    throw new Error('This file is not a backup made by `npm run db:backup`.')
  }
  if (header.format !== BACKUP_FORMAT) {
    throw new Error('This file is not a backup made by `npm run db:backup`.')
  }
  return header
}

export interface RestoreOptions {
  /** Replace whatever the target holds. Without it, a target with content is refused. */
  replace?: boolean
}

/**
 * Loads a backup into the database at `url`, whose schema must already be migrated to exactly the
 * backup's migrations. Everything happens in one transaction: the target ends up holding the
 * backup's rows, or, on any error, what it held before.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  { replace = false }: RestoreOptions = {},
): Promise<BackupHeader> {
  return withClient(url, async (client) => {
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Infinity,
    })
    const iterator = lines[Symbol.asyncIterator]()
    const first = await iterator.next()
    if (first.done) throw new Error(`${file} is empty.`)
    const header = parseHeader(first.value)

    const tables = await publicTables(client)
    const migrations = await migrationNames(client, tables)
    if (migrations.join('\n') !== header.migrations.join('\n')) {
      const missing = header.migrations.filter((name) => !migrations.includes(name))
      const extra = migrations.filter((name) => !header.migrations.includes(name))
      throw new Error(
        `The target's schema does not match the backup's. ${missing.length ? `Not applied here: ${missing.join(', ')}. ` : ''}${extra.length ? `Newer than the backup: ${extra.join(', ')}. ` : ''}Restore with the code version that made the backup, then start the CMS to apply newer migrations.`,
      )
    }
    const unknown = Object.keys(header.tables).filter((table) => !tables.includes(table))
    if (unknown.length) throw new Error(`The target has no table ${unknown.join(', ')}.`)
    if (!replace) {
      for (const table of ['users', 'articles']) {
        if (!tables.includes(table)) continue
        const { rows } = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM ${ident(table)}`,
        )
        if (Number(rows[0]?.n) > 0) {
          throw new Error(
            'The target database already has content. Restoring replaces all of it: run again with --replace if that is what you want.',
          )
        }
      }
    }

    await client.query('BEGIN')
    try {
      // Foreign keys would make the load order matter (and cycles impossible): they are dropped
      // for the load and added back, checked, before the commit.
      const { rows: foreignKeys } = await client.query<{
        table: string
        name: string
        definition: string
      }>(
        `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
           FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
          WHERE c.contype = 'f' AND n.nspname = 'public'`,
      )
      for (const key of foreignKeys) {
        await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${ident(key.name)}`)
      }
      await client.query(`TRUNCATE ${tables.map(ident).join(', ')}`)

      let table: string | undefined
      let columns: string[] = []
      let batch: string[] = []
      const flush = async () => {
        if (!table || batch.length === 0) return
        const list = columns.map(ident).join(', ')
        await client.query(
          `INSERT INTO ${ident(table)} (${list}) OVERRIDING SYSTEM VALUE
           SELECT ${list} FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`,
          [`[${batch.join(',')}]`],
        )
        batch = []
      }
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const line = next.value
        if (!line) continue
        if (line.startsWith('{"table":')) {
          await flush()
          table = (JSON.parse(line) as { table: string }).table
          const { rows } = await client.query<{ name: string }>(
            `SELECT column_name AS name FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
              ORDER BY ordinal_position`,
            [table],
          )
          columns = rows.map((row) => row.name)
          continue
        }
        batch.push(line)
        if (batch.length >= BATCH) await flush()
      }
      await flush()

      for (const key of foreignKeys) {
        await client.query(
          `ALTER TABLE ${key.table} ADD CONSTRAINT ${ident(key.name)} ${key.definition}`,
        )
      }
      for (const [sequence, value] of Object.entries(header.sequences)) {
        await client.query('SELECT setval($1::regclass, $2)', [ident(sequence), value])
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    } finally {
      lines.close()
    }
    return header
  })
}

/** Row counts of every table in the public schema, to compare a restore with its backup. */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {}
    for (const table of await publicTables(client)) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${ident(table)}`,
      )
      counts[table] = Number(rows[0]?.n)
    }
    return counts
  })
}
