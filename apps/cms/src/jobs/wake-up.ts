import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { execute, postgresOf } from '@/database/postgres'

import { type QueueRunner, runQueueOnce } from './runner'

/**
 * Waking the job runners the moment a job commits, instead of at their next cron tick.
 *
 * Postgres delivers a NOTIFY sent inside a transaction only when that transaction commits, and
 * to every listening connection: so each CMS instance hears of a queued revalidation right
 * after the editor's change is durable, never before and never for a change that rolled back.
 * The crons stay as the safety net (retries, a notification missed during a reconnect).
 */
const CHANNEL = 'sok_jobs'

/** Announces, as part of `req`'s transaction, that `queue` has a new job. */
export async function announceJob(req: PayloadRequest, queue: string): Promise<void> {
  await execute(req.payload, sql`SELECT pg_notify(${CHANNEL}, ${queue})`, req)
}

/**
 * Listens for announcements and runs the named queue at once. Another instance (or this one's
 * cron) may hold the queue's lock at that moment; then this one tries again shortly, so the job
 * never waits for the next tick just because the lock was busy.
 */
export function listenForJobs(payload: Payload, runners: QueueRunner[]): () => Promise<void> {
  const pool = postgresOf(payload).pool
  const pending = new Map<string, Promise<void>>()
  let client: { release: (destroy?: boolean) => void } | undefined
  let stopped = false

  const runSoon = (runner: QueueRunner) => {
    if (pending.has(runner.queue)) return
    const run = (async () => {
      for (let attempt = 0; attempt < 20 && !stopped; attempt++) {
        if (await runQueueOnce(payload, runner)) return
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
      .catch((err: Error) =>
        payload.logger.error({ err, msg: `Job runner (${runner.queue}) failed` }),
      )
      .finally(() => pending.delete(runner.queue))
    pending.set(runner.queue, run)
  }

  const connect = async (): Promise<void> => {
    if (stopped) return
    try {
      const listener = await pool.connect()
      client = listener
      listener.on('notification', ({ payload: queue }) => {
        const runner = runners.find((candidate) => candidate.queue === queue)
        if (runner) runSoon(runner)
      })
      listener.on('error', () => {
        listener.release(true)
        client = undefined
        setTimeout(() => void connect(), 1_000).unref()
      })
      await listener.query(`LISTEN ${CHANNEL}`)
    } catch {
      client?.release(true)
      client = undefined
      setTimeout(() => void connect(), 1_000).unref()
    }
  }
  void connect()

  return async () => {
    stopped = true
    await Promise.allSettled([...pending.values()])
    client?.release(true)
    client = undefined
  }
}
