import { describe, expect, it } from 'vitest'

import { pageNumber } from './page-number'

describe('pageNumber', () => {
  it('reads whole page numbers and defaults to the first page', () => {
    expect(pageNumber(undefined)).toBe(1)
    expect(pageNumber('3')).toBe(3)
  })

  it.each(['0', '-1', '1.5', 'abc', '01', '9999999'])('rejects %j', (raw) => {
    expect(pageNumber(raw)).toBeNull()
  })

  it('rejects a repeated parameter', () => {
    expect(pageNumber(['1', '2'])).toBeNull()
  })
})
