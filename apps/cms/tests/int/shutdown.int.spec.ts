import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabasePools } from '@/database/close'
import { postgresOf } from '@/database/postgres'

import { separatePayload } from './helpers'

/** A CMS of its own (its own pool), since closing its pools is what the test does. */
let stopping: Payload
const uncaught: unknown[] = []
const record = (error: unknown) => uncaught.push(error)

beforeAll(async () => {
  stopping = await separatePayload('stopping')
  process.on('uncaughtException', record)
})

afterAll(() => {
  process.off('uncaughtException', record)
})

describe('closing the database pools at shutdown', () => {
  it('lets a statement still running finish, and releases each client once', async () => {
    const { pool } = postgresOf(stopping)
    // A statement that outlives the shutdown's start, as one under a statement timeout does.
    const running = pool.query('SELECT pg_sleep(0.8) AS slept, 1 AS answer')
    await expect.poll(() => pool.totalCount - pool.idleCount).toBeGreaterThanOrEqual(2)

    await closeDatabasePools(stopping)

    // It was not cut off (it used to never settle), and its own release, after the pool had
    // released the client Payload holds, did not find it released already.
    const settled = await Promise.race([
      running.then(
        (result) => result.rows,
        (error: Error) => error.message,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 10 s'), 10_000)),
    ])
    expect(settled).toEqual([{ slept: '', answer: 1 }])
    expect(pool.totalCount).toBe(0)
    expect(uncaught).toEqual([])
  })
})
