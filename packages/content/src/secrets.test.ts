import { describe, expect, it } from 'vitest'

import { sameSecret } from './secrets'

describe('sameSecret', () => {
  it('matches only the same value', () => {
    expect(sameSecret('a-long-shared-secret', 'a-long-shared-secret')).toBe(true)
    expect(sameSecret('a-long-shared-secreT', 'a-long-shared-secret')).toBe(false)
    expect(sameSecret('short', 'a-long-shared-secret')).toBe(false)
    expect(sameSecret(Buffer.from('abc'), Buffer.from('abc'))).toBe(true)
  })

  it('never matches a missing value', () => {
    expect(sameSecret(null, 'x')).toBe(false)
    expect(sameSecret(undefined, 'x')).toBe(false)
    expect(sameSecret('', '')).toBe(false)
  })
})
