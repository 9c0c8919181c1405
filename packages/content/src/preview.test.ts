import { describe, expect, it } from 'vitest'

import { signPreviewToken, stableExpiry, verifyPreviewToken } from './preview'

const secret = 'a-shared-secret-of-some-length'
const claims = {
  collection: 'articles' as const,
  id: 7,
  slug: 'a-b',
  exp: Math.floor(Date.now() / 1000) + 60,
}

describe('preview tokens', () => {
  it('round-trip their claims', () => {
    expect(verifyPreviewToken(signPreviewToken(claims, secret), secret)).toEqual(claims)
  })

  it('refuse a token signed with another secret, altered, expired or malformed', () => {
    const token = signPreviewToken(claims, secret)
    expect(verifyPreviewToken(token, 'another-secret-entirely')).toBeNull()
    const [payload, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ ...claims, id: 8 })).toString('base64url')
    expect(verifyPreviewToken(`${forged}.${signature}`, secret)).toBeNull()
    expect(verifyPreviewToken(`${payload}.${signature}.x`, secret)).toBeNull()
    const expired = signPreviewToken({ ...claims, exp: 1 }, secret)
    expect(verifyPreviewToken(expired, secret)).toBeNull()
    for (const bad of ['', 'x', 'a.b', undefined, 42, 'x'.repeat(2000)]) {
      expect(verifyPreviewToken(bad, secret)).toBeNull()
    }
  })
})

describe('stableExpiry', () => {
  const hour = 3600
  it('is the same all through one period, and one to two periods ahead', () => {
    const start = Date.UTC(2024, 2, 1, 10, 0, 0)
    const inPeriod = [0, 1, 30 * 60, hour - 1].map((s) => stableExpiry(start + s * 1000, hour))
    expect(new Set(inPeriod).size).toBe(1)
    const exp = inPeriod[0]!
    expect(exp - start / 1000).toBe(2 * hour)
    expect(exp - (start / 1000 + hour - 1)).toBeGreaterThan(hour)
    expect(stableExpiry(start + hour * 1000, hour)).toBe(exp + hour)
  })
})
