import type { Payload } from 'payload'

import { closeDatabasePools } from './database/close'
import { markShuttingDown } from './health'
import { drainJobRunners } from './jobs/runner'

/** How long a shutdown waits for running jobs (orchestrators usually allow 30 s in all). */
const JOBS_GRACE_MS = 15_000

/**
 * Graceful shutdown on SIGTERM / SIGINT:
 *  1. /api/health answers 503 and no new job run starts;
 *  2. Next stops accepting connections and finishes the requests under way (its own handler);
 *  3. jobs under way finish (up to JOBS_GRACE_MS);
 *  4. the database pools close, then the process exits.
 * Next calls process.exit as soon as its requests are done; jobs run outside requests, so that
 * exit is held until they have finished and the pool is closed.
 */
export function shutDownGracefully(payload: Payload): void {
  let jobsDone: Promise<boolean> | undefined
  const begin = (signal: NodeJS.Signals) => {
    if (jobsDone) return
    payload.logger.info(`${signal}: finishing requests and jobs under way, then stopping`)
    markShuttingDown()
    jobsDone = drainJobRunners(payload, JOBS_GRACE_MS)
  }
  process.once('SIGTERM', begin)
  process.once('SIGINT', begin)

  const exit = process.exit.bind(process)
  process.exit = ((code?: number) => {
    if (!jobsDone) return exit(code)
    const closed = jobsDone.then(async (finished) => {
      if (!finished) payload.logger.warn('Stopping with jobs still running; they will be retried')
      // Bounded: a connection still busy with a query cannot hold the exit.
      await Promise.race([closeDatabasePools(payload), delay(POOL_CLOSE_MS)])
    })
    void closed
      .catch((error: Error) => payload.logger.error(`Closing the database: ${error.message}`))
      .finally(() => exit(code))
    return undefined as never
  }) as typeof process.exit
}

const POOL_CLOSE_MS = 3_000
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())
