import { describe, expect, it } from 'vitest'

import { contentModifiedAt, readerUpdate } from './article-dates'

const publishedAt = '2024-02-29T09:00:00.000Z'

describe('readerUpdate', () => {
  it('is the substantive update when it is on a later day than publication', () => {
    const contentUpdatedAt = '2024-03-28T09:00:00.000Z'
    expect(readerUpdate({ publishedAt, contentUpdatedAt })).toBe(contentUpdatedAt)
  })

  it('is nothing when the update is the publish date, the same day, earlier or missing', () => {
    expect(readerUpdate({ publishedAt, contentUpdatedAt: publishedAt })).toBeNull()
    expect(readerUpdate({ publishedAt, contentUpdatedAt: '2024-02-29T17:45:00.000Z' })).toBeNull()
    // e.g. the publish date was moved later after the update had been set.
    expect(readerUpdate({ publishedAt, contentUpdatedAt: '2024-01-02T09:00:00.000Z' })).toBeNull()
    expect(readerUpdate({ publishedAt, contentUpdatedAt: null })).toBeNull()
    expect(readerUpdate({ publishedAt, contentUpdatedAt: 'not a date' })).toBeNull()
  })

  it('is nothing for an article that was never published (a draft in preview)', () => {
    expect(readerUpdate({ publishedAt: null, contentUpdatedAt: publishedAt })).toBeNull()
  })
})

describe('contentModifiedAt', () => {
  it('is the update when readers see one, else the publish date', () => {
    const contentUpdatedAt = '2024-03-28T09:00:00.000Z'
    expect(contentModifiedAt({ publishedAt, contentUpdatedAt })).toBe(contentUpdatedAt)
    expect(contentModifiedAt({ publishedAt, contentUpdatedAt: publishedAt })).toBe(publishedAt)
    expect(contentModifiedAt({ publishedAt: null, contentUpdatedAt: null })).toBeUndefined()
  })
})
