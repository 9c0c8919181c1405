import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { guardedSchedulePublish } from '@/scheduling/schedulePublishFunction'

import { createUser, rest, testFileSetup, unique } from './helpers'
import { waitForCall } from './site-calls'

const { payload, newArticle } = await testFileSetup()

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
    await expect.poll(isPublic, { timeout: 20_000, interval: 500 }).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())

    // And the site is told, so the page appears there too.
    await waitForCall(`article:${draft.slug}`, 10_000)
  })
})

describe("the admin's schedule server function", () => {
  const schedule = async (role: 'author' | 'editor', args: Record<string, unknown>) => {
    const user = await createUser(payload, role)
    const account = await payload.findByID({ collection: 'users', id: user.id })
    const req = await createLocalReq({ user: { ...account, collection: 'users' } }, payload)
    return guardedSchedulePublish({ ...args, req } as never) as Promise<{
      error?: string
      message?: string
    }>
  }
  const jobsFor = async (id: number) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: 'schedulePublish' } },
            { 'input.doc.value': { equals: String(id) } },
          ],
        },
        overrideAccess: true,
      })
    ).docs

  it('lets an editor schedule and cancel, refuses authors and times in the past', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Guarded')), _status: 'draft' },
    })
    const doc = { relationTo: 'articles', value: String(draft.id) }
    const later = new Date(Date.now() + 3_600_000)

    expect(await schedule('author', { type: 'publish', doc, date: later })).toEqual({
      error: 'Only editors can schedule publishing.',
    })
    expect(
      await schedule('editor', { type: 'publish', doc, date: new Date(Date.now() - 60_000) }),
    ).toEqual({ error: 'That time has already passed: choose a time in the future.' })
    expect(await jobsFor(draft.id)).toHaveLength(0)

    const done = await schedule('editor', {
      type: 'publish',
      doc,
      date: later,
      timezone: 'Europe/London',
    })
    expect(done.error).toBeUndefined()
    const [job] = await jobsFor(draft.id)
    expect(job?.input).toMatchObject({ type: 'publish', timezone: 'Europe/London' })

    // Cancelling: not by an author; by an editor it goes.
    expect(await schedule('author', { deleteID: job!.id })).toEqual({
      error: 'You cannot change the schedule of this document.',
    })
    expect(await schedule('editor', { deleteID: job!.id })).toEqual({
      message: 'Schedule removed.',
    })
    expect(await jobsFor(draft.id)).toHaveLength(0)
  })
})
