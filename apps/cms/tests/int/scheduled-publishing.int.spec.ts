import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/env'

import { articleBasics, getTestPayload, rest, unique } from './helpers'

let payload: Payload
let newArticle: Awaited<ReturnType<typeof articleBasics>>

beforeAll(async () => {
  payload = await getTestPayload()
  newArticle = await articleBasics(payload)
})

describe('scheduled publishing', () => {
  it('publishes a draft at its time, with nobody touching it', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Scheduled')), _status: 'draft' },
    })
    const publishAt = new Date(Date.now() + 3_000)
    // What the admin's "Schedule publish" does: a job that waits until the chosen time.
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: publishAt,
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
    })

    const isPublic = async () => {
      const response = await rest('GET', `/api/articles?where[id][equals]=${draft.id}`)
      return ((await response.json()) as { docs: unknown[] }).docs.length === 1
    }
    expect(await isPublic()).toBe(false)

    // The CMS's own job runner (JOBS_CRON, every second in tests) must pick it up.
    const deadline = Date.now() + 20_000
    while (!(await isPublic()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(await isPublic()).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())

    // And the site is told, so the page appears there too.
    const tag = `article:${draft.slug}`
    const siteHeard = async () => {
      const calls = (await (await fetch(`${env.WEB_INTERNAL_URL}/_control/calls`)).json()) as {
        tags: string[]
      }[]
      return calls.some((call) => call.tags.includes(tag))
    }
    const siteDeadline = Date.now() + 10_000
    while (!(await siteHeard()) && Date.now() < siteDeadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(await siteHeard()).toBe(true)
  })
})
