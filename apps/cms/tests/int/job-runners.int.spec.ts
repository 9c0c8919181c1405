import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { REVALIDATE_QUEUE } from '@/revalidation'
import { runQueueOnce } from '@/jobs/runner'

import { getTestPayload, restGet, unique } from './helpers'
import { callsFor, waitForCall } from './site-calls'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const execute = (query: ReturnType<typeof sql>) =>
  (
    payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
  ).drizzle.execute(query)

const revalidation = { queue: REVALIDATE_QUEUE, cron: '* * * * * *', limit: 50, silent: true }

/** Queues a site refresh naming one new article tag; the fake site records each call it gets. */
async function queueRefresh(name: string) {
  const tag = `article:${unique(name).toLowerCase().replace(/\W+/g, '-')}`
  const job = await payload.jobs.queue({
    task: 'revalidateSite',
    queue: REVALIDATE_QUEUE,
    input: { tags: [tag] },
  })
  return { tag, job }
}

/**
 * Returns once every runner has had its chance at the jobs queued so far: a refresh queued now has
 * reached the site. The runners started by a test have returned before this is called, and the
 * instance's own cron runner never overlaps its runs, so a run that reaches this later job began
 * after the earlier ones were claimed, and whatever any earlier run claimed has been sent.
 */
async function runnersHadTheirChance() {
  const { tag } = await queueRefresh('later')
  await waitForCall(tag, 15_000)
}

describe('job runners on several instances', () => {
  it('runs each job once while several runners race for the same queue', async () => {
    const tags: string[] = []
    for (let i = 0; i < 8; i++) tags.push((await queueRefresh('race')).tag)
    // Six runners at once, as six CMS instances whose crons fire in the same second (the
    // instance's own cron runner joins in too). Payload alone would let several claim a job.
    await Promise.all(Array.from({ length: 6 }, () => runQueueOnce(payload, revalidation)))

    await Promise.all(tags.map((tag) => waitForCall(tag, 15_000)))
    await runnersHadTheirChance()
    for (const tag of tags) expect(await callsFor(tag)).toHaveLength(1)
  })

  it('picks up a job abandoned by a runner that crashed', async () => {
    const { tag, job } = await queueRefresh('orphan')
    // What a runner killed mid-job leaves behind: "processing", last touched minutes ago.
    await execute(
      sql`UPDATE payload_jobs SET processing = true, updated_at = now() - interval '10 minutes' WHERE id = ${job.id}`,
    )
    await waitForCall(tag, 10_000)
  })

  it('leaves a job alone that another runner is working on right now', async () => {
    const { tag, job } = await queueRefresh('busy')
    await execute(sql`UPDATE payload_jobs SET processing = true WHERE id = ${job.id}`)
    await runQueueOnce(payload, revalidation)
    await runnersHadTheirChance()
    expect(await callsFor(tag)).toEqual([])
    await payload.delete({ collection: 'payload-jobs', id: job.id })
  })
})

describe('health', () => {
  it('answers 200 with the database check when the CMS can serve', async () => {
    const response = await restGet('/api/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as {
      status: string
      checks: Record<string, { ok: boolean }>
    }
    expect(body.status).toBe('ok')
    expect(body.checks.database?.ok).toBe(true)
    expect(body.checks.process?.ok).toBe(true)
  })
})
