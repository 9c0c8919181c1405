import type { Payload } from 'payload'
import { cache } from 'react'

export interface UpcomingSchedule {
  articleId: number
  type: 'publish' | 'unpublish'
  waitUntil: string
  timezone?: string
}

/**
 * Every article's pending scheduled publish or unpublish, soonest first: one query per request,
 * however many list rows or dashboard lines ask (React's request cache).
 */
export const upcomingSchedules = cache(async (payload: Payload): Promise<UpcomingSchedule[]> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.relationTo': { equals: 'articles' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  return docs.flatMap((job) => {
    const input = job.input as
      { type?: string; timezone?: string; doc?: { value?: number | string } } | undefined
    const articleId = Number(input?.doc?.value)
    if (!Number.isFinite(articleId) || !job.waitUntil) return []
    return [
      {
        articleId,
        type: input?.type === 'unpublish' ? ('unpublish' as const) : ('publish' as const),
        waitUntil: job.waitUntil,
        timezone: input?.timezone,
      },
    ]
  })
})
