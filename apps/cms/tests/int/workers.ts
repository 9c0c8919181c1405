import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const cmsDir = path.resolve(import.meta.dirname, '../..')
const script = path.resolve(import.meta.dirname, 'newsletter-worker.ts')

export interface Worker {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
  /** Resolves once Payload (with its job runner) has started in the child. */
  ready: Promise<void>
  /** SIGKILL: no cleanup, as when a machine or container dies. */
  kill: () => void
  stop: () => Promise<void>
}

/**
 * Another CMS instance's job runner (newsletter-worker.ts) in its own process, one Node process
 * (tsx as a loader, so a kill reaches it), against the test database, with its own environment
 * (e.g. the test SMTP server).
 */
export function startNewsletterWorker(
  env: Record<string, string>,
  /** Extra facts (e.g. what the database is doing) for the log of a worker slow to start. */
  diagnose?: () => Promise<string>,
): Worker {
  const reports = mkdtempSync(path.join(os.tmpdir(), 'sok-worker-report-'))
  const nodeOptions = [
    '--report-on-signal',
    '--report-signal=SIGUSR2',
    `--report-directory=${reports}`,
  ]
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', script], {
    cwd: cmsDir,
    env: { ...process.env, SEED_DEMO_CONTENT: 'false', NEWSLETTER_AUTORUN: 'true', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let log = ''
  let markReady = () => {}
  let refuse = (_error: Error) => {}
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve
    refuse = reject
  })
  // A worker still starting after a minute: record what it and the database are doing.
  const slow = setTimeout(() => {
    void describeStuck(child, reports, diagnose).then((facts) => {
      log += `\n--- still not ready after 60 s ---\n${facts}\n`
    })
  }, 60_000)
  // A worker that dies or hangs while starting fails the test with its own output.
  const startup = setTimeout(
    () => refuse(new Error(`The newsletter worker did not start within 150 s:\n${log}`)),
    150_000,
  )
  const settled = () => {
    clearTimeout(startup)
    clearTimeout(slow)
  }
  void ready.then(settled, settled)
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
    if (log.includes('newsletter worker ready')) markReady()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  void exited.then((code) =>
    refuse(new Error(`The newsletter worker exited (${code}) before it was ready:\n${log}`)),
  )
  return {
    child,
    output: () => log,
    exited,
    ready,
    kill: () => void child.kill('SIGKILL'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * A worker that has started, as a process manager gets one: a start that fails or hangs is
 * logged with everything `describeStuck` found, killed, and tried again, twice at most. (The one
 * failure seen, in full CI runs on a loaded machine: Node exiting with 13 mid-import, before the
 * worker kept its event loop busy; see newsletter-worker.ts.)
 */
export async function startReadyWorker(
  env: Record<string, string>,
  diagnose?: () => Promise<string>,
): Promise<Worker> {
  for (let attempt = 1; ; attempt++) {
    const started = startNewsletterWorker(env, diagnose)
    try {
      await started.ready
      return started
    } catch (error) {
      started.kill()
      await started.exited
      if (attempt === 3) throw error
      console.warn(
        `Newsletter worker attempt ${attempt} failed; starting another.\n${String(error)}`,
      )
    }
  }
}

/** The process's threads and children, a Node diagnostic report, and the caller's own facts. */
async function describeStuck(
  child: ChildProcess,
  reports: string,
  diagnose?: () => Promise<string>,
): Promise<string> {
  const facts: string[] = []
  const attempt = (label: string, read: () => string) => {
    try {
      facts.push(`${label}:\n${read()}`)
    } catch (error) {
      facts.push(`${label}: ${String(error)}`)
    }
  }
  const pid = child.pid
  attempt('threads', () =>
    readdirSync(`/proc/${pid}/task`)
      .map((task) => {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8')
        const wchan = readFileSync(`/proc/${pid}/task/${task}/wchan`, 'utf8')
        return `${stat.slice(0, stat.indexOf(')') + 4)} ${wchan}`
      })
      .join('\n'),
  )
  attempt('processes', () =>
    execFileSync(
      'ps',
      ['-o', 'pid,ppid,stat,etime,time,args', '--ppid', String(pid), '-p', String(pid)],
      {
        encoding: 'utf8',
      },
    ),
  )
  child.kill('SIGUSR2')
  await new Promise((resolve) => setTimeout(resolve, 3000))
  attempt('diagnostic report', () => {
    const [file] = readdirSync(reports)
    if (!file) return 'none written'
    const report = JSON.parse(readFileSync(path.join(reports, file), 'utf8')) as {
      javascriptStack?: { stack?: string[] }
      libuv?: { type: string; is_active: boolean; remoteEndpoint?: unknown }[]
      workers?: { javascriptStack?: { stack?: string[] } }[]
    }
    const active = (report.libuv ?? []).filter((handle) => handle.is_active)
    return JSON.stringify(
      {
        stack: report.javascriptStack?.stack?.slice(0, 15),
        workers: report.workers?.map((worker) => worker.javascriptStack?.stack?.slice(0, 10)),
        handles: active.map(
          (handle) => `${handle.type} ${JSON.stringify(handle.remoteEndpoint ?? '')}`,
        ),
      },
      null,
      1,
    )
  })
  if (diagnose) facts.push(await diagnose().catch((error: unknown) => String(error)))
  return facts.join('\n')
}
