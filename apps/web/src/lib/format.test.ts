import { describe, expect, it } from 'vitest'

import { formatDate } from './format'

describe('formatDate', () => {
  it('formats a date in UTC so server and browser agree', () => {
    expect(formatDate('2024-02-29T23:30:00.000Z')).toBe('29 February 2024')
  })

  it('is empty for a missing or unreadable date', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
  })
})
