import { describe, expect, it } from 'vitest'

import { signPreviewToken, verifyPreviewToken } from './preview'

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
