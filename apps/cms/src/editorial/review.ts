import type { Where } from 'payload'

/** The date before which a last medical review counts as out of date. */
export function reviewDueBefore(now: Date, months: number): Date {
  const due = new Date(now)
  due.setUTCMonth(due.getUTCMonth() - months)
  return due
}

/** Published articles never reviewed, or last reviewed before the cut-off. */
export function dueForReviewWhere(now: Date, months: number): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [
          { lastReviewedAt: { exists: false } },
          { lastReviewedAt: { less_than: reviewDueBefore(now, months).toISOString() } },
        ],
      },
    ],
  }
}
