import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const cmsDir = path.resolve(import.meta.dirname, '../..')
const payloadBin = path.resolve(cmsDir, '../../node_modules/payload/bin.js')

export interface Worker {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
  /** SIGKILL: no cleanup, as when a machine or container dies. */
  kill: () => void
  stop: () => Promise<void>
}

/**
 * A separate job runner process, as a deployment would run one next to (or instead of) the CMS's
 * own: Payload's CLI, `payload jobs:run --queue newsletter --handle-schedules --cron …`, against
 * the test database, with its own environment (e.g. the test SMTP server).
 */
export function startNewsletterWorker(env: Record<string, string>): Worker {
  const child = spawn(
    process.execPath,
    [
      payloadBin,
      'jobs:run',
      '--queue',
      'newsletter',
      '--handle-schedules',
      '--cron',
      '* * * * * *',
    ],
    {
      cwd: cmsDir,
      env: { ...process.env, SEED_DEMO_CONTENT: 'false', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return {
    child,
    output: () => log,
    exited,
    kill: () => void child.kill('SIGKILL'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
