import { type ChildProcess, spawn } from 'node:child_process'
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
export function startNewsletterWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
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
  // A worker that dies or hangs while starting fails the test with its own output.
  const startup = setTimeout(
    () => refuse(new Error(`The newsletter worker did not start within 180 s:\n${log}`)),
    180_000,
  )
  void ready.then(
    () => clearTimeout(startup),
    () => clearTimeout(startup),
  )
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
