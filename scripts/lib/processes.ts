import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface Service {
  name: string
  child: ChildProcess
  /** Resolves with the exit code (or 1 for a signal) when the process ends. */
  exited: Promise<number>
}

const COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m']
let nextColour = 0

/** Starts a command in its own process group, its output prefixed with its name. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const colour = process.stdout.isTTY ? (COLOURS[nextColour++ % COLOURS.length] ?? '') : ''
  const prefix = `${colour}${name.padEnd(4)}${colour ? '\x1b[0m' : ''} │ `
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(prefix + line + '\n')
      options.onLine?.(`${name} │ ${line}`)
    })
  }
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code) => resolve(code ?? 1))
    child.on('error', (error) => {
      process.stdout.write(`${prefix}could not start: ${error.message}\n`)
      resolve(1)
    })
  })
  return { name, child, exited }
}

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' })
    child.on('exit', (code) => resolve(code ?? 1))
    child.on('error', () => resolve(1))
  })
}

/** Asks a whole process group to stop, and forces it after `graceMs`. */
export async function stopService(service: Service, graceMs = 10_000): Promise<void> {
  const pid = service.child.pid
  if (!pid || service.child.exitCode !== null) return
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // already gone
    }
  }
  signalGroup('SIGTERM')
  const forced = setTimeout(() => signalGroup('SIGKILL'), graceMs)
  await service.exited
  clearTimeout(forced)
  // Children of the service (e.g. Next's workers) may outlive it briefly.
  signalGroup('SIGKILL')
}

/** Polls a URL until it answers below 500, or fails when time runs out or `service` exits. */
export async function waitForUrl(url: string, timeoutMs: number, service?: Service): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void service?.exited.then(() => (exited = true))
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${service?.name} exited before ${url} answered`)
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(60_000) })
      if (response.status < 500) return
      lastProblem = `status ${response.status}`
    } catch (error) {
      lastProblem = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s (${lastProblem})`)
}
