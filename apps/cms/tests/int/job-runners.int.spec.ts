import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/env'
import { REVALIDATE_QUEUE } from '@/revalidation'
import { runQueueOnce } from '@/jobs/runner'

import type { RecordedCall } from './fake-site'
import { getTestPayload, restGet, unique } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const execute = (query: ReturnType<typeof sql>) =>
  (
    payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
  ).drizzle.execute(query)

const siteCalls = async () =>
  (await (await fetch(`${env.WEB_INTERNAL_URL}/_control/calls`)).json()) as RecordedCall[]

async function waitUntil(done: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

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

describe('job runners on several instances', () => {
  it('runs each job once while several runners race for the same queue', async () => {
    const tags: string[] = []
    for (let i = 0; i < 8; i++) tags.push((await queueRefresh('race')).tag)
    // Six runners at once, as six CMS instances whose crons fire in the same second (the
    // instance's own cron runner joins in too). Payload alone would let several claim a job.
    await Promise.all(Array.from({ length: 6 }, () => runQueueOnce(payload, revalidation)))

    const callsFor = async (tag: string) =>
      (await siteCalls()).filter((call) => call.tags.includes(tag))
    await waitUntil(
      async () => (await Promise.all(tags.map(callsFor))).every((calls) => calls.length > 0),
      15_000,
      'every revalidation',
    )
    // Give a duplicate the time to arrive, then count.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    for (const tag of tags) expect(await callsFor(tag)).toHaveLength(1)
  })

  it('picks up a job abandoned by a runner that crashed', async () => {
    const { tag, job } = await queueRefresh('orphan')
    // What a runner killed mid-job leaves behind: "processing", last touched minutes ago.
    await execute(
      sql`UPDATE payload_jobs SET processing = true, updated_at = now() - interval '10 minutes' WHERE id = ${job.id}`,
    )
    await waitUntil(
      async () => (await siteCalls()).some((call) => call.tags.includes(tag)),
      10_000,
      'the abandoned revalidation',
    )
  })

  it('leaves a job alone that another runner is working on right now', async () => {
    const { tag, job } = await queueRefresh('busy')
    await execute(sql`UPDATE payload_jobs SET processing = true WHERE id = ${job.id}`)
    await runQueueOnce(payload, revalidation)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect((await siteCalls()).some((call) => call.tags.includes(tag))).toBe(false)
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
