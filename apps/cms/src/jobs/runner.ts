import { Cron } from 'croner'
import type { Payload } from 'payload'

import { postgresOf } from '@/database/postgres'

export interface QueueRunner {
  queue: string
  /** When to look for due jobs (cron syntax, seconds allowed). */
  cron: string
  /** At most this many jobs per run. */
  limit: number
  /** Log failures only, not every routine run (`{ info: true }`), or nothing at all (`true`). */
  silent?: boolean | { info?: boolean; error?: boolean }
}

/** Advisory-lock namespace of the job runners ("sok" + "jobs"), the queue's hash is the key. */
const LOCK_NAMESPACE = 0x736f6b
/** A job still marked as processing this long after its last update lost its runner (a crash). */
const ORPHANED_AFTER = '2 minutes'

const inFlight = new Set<Promise<unknown>>()
const beforeDrain: (() => Promise<void>)[] = []

/** Something to stop, and wait for, when the runners drain (e.g. the wake-up listener). */
export function onDrain(stop: () => Promise<void>): void {
  beforeDrain.push(stop)
}

/**
 * Runs one queue's due jobs, on at most one CMS instance at a time.
 *
 * Payload 3.90 claims jobs by reading those not yet processing and then marking them, in two
 * statements, so two instances running the same queue at the same moment can both claim, and
 * run, the same job (a scheduled publish twice, a revalidation sent twice). A Postgres advisory
 * lock per queue makes the claim exclusive across instances; an instance that finds the lock
 * taken skips this tick, and the lock goes away with its holder's connection if that holder dies.
 */
export async function runQueueOnce(payload: Payload, runner: QueueRunner): Promise<boolean> {
  const client = await postgresOf(payload).pool.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
      [LOCK_NAMESPACE, runner.queue],
    )
    if (!rows[0]?.locked) return false
    try {
      // Whoever holds the lock is the only runner of this queue, so a job left "processing" long
      // ago was abandoned by a runner that crashed: make it runnable again.
      await client.query(
        `UPDATE payload_jobs SET processing = false, updated_at = now()
          WHERE queue = $1 AND processing AND completed_at IS NULL
            AND updated_at < now() - interval '${ORPHANED_AFTER}'`,
        [runner.queue],
      )
      // Tasks with a `schedule` (the newsletter's delivery tick) are queued first, as Payload's
      // own autoRun does before each run; under the lock, so two instances never both queue one.
      if (payload.config.jobs.scheduling)
        await payload.jobs.handleSchedules({ queue: runner.queue })
      await payload.jobs.run({
        queue: runner.queue,
        limit: runner.limit,
        silent: runner.silent,
        overrideAccess: true,
      })
      return true
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
        LOCK_NAMESPACE,
        runner.queue,
      ])
    }
  } finally {
    client.release()
  }
}

/**
 * Starts a schedule per queue. They join `payload.crons`, so `payload.destroy()` stops them too;
 * `drainJobRunners` waits for the runs under way.
 */
export function startJobRunners(payload: Payload, runners: QueueRunner[]): void {
  for (const runner of runners) {
    const cron = new Cron(
      runner.cron,
      {
        // A run that takes longer than the interval is not started twice.
        protect: true,
        catch: (err) => payload.logger.error({ err, msg: `Job runner (${runner.queue}) failed` }),
      },
      async () => {
        const run = runQueueOnce(payload, runner)
        inFlight.add(run)
        try {
          await run
        } finally {
          inFlight.delete(run)
        }
      },
    )
    payload.crons.push(cron)
  }
}

/**
 * Stops starting new runs and waits (up to `timeoutMs`) for those under way to finish. A job cut
 * off by the timeout stays "processing" and is picked up again after ORPHANED_AFTER.
 */
export async function drainJobRunners(payload: Payload, timeoutMs: number): Promise<boolean> {
  for (const cron of payload.crons) cron.stop()
  if (inFlight.size) payload.logger.info(`Waiting for ${inFlight.size} job run(s) to finish`)
  const done = Promise.allSettled([...beforeDrain.map((stop) => stop()), ...inFlight]).then(
    () => true,
  )
  const timedOut = new Promise<boolean>((resolve) =>
    setTimeout(() => resolve(false), timeoutMs).unref(),
  )
  return Promise.race([done, timedOut])
}
