import { describe, expect, it } from 'vitest'

import { dueForReviewWhere, reviewDueBefore } from './review'

describe('medical review', () => {
  it('counts back the configured number of months', () => {
    expect(reviewDueBefore(new Date('2026-11-26T10:00:00Z'), 12).toISOString()).toBe(
      '2025-11-26T10:00:00.000Z',
    )
    expect(reviewDueBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    )
  })

  it('asks for published articles never reviewed or reviewed too long ago', () => {
    expect(JSON.stringify(dueForReviewWhere(new Date('2026-11-26T00:00:00Z'), 6))).toBe(
      JSON.stringify({
        and: [
          { _status: { equals: 'published' } },
          {
            or: [
              { lastReviewedAt: { exists: false } },
              { lastReviewedAt: { less_than: '2026-05-26T00:00:00.000Z' } },
            ],
          },
        ],
      }),
    )
  })
})
