import { describe, expect, it } from 'vitest'

import { adminContentSecurityPolicy, staticSecurityHeaders } from './headers'

describe('the admin’s Content-Security-Policy', () => {
  it('runs only nonce-stamped scripts and what they load, never eval, framed only by itself', () => {
    const policy = adminContentSecurityPolicy({
      nonce: 'abc',
      siteOrigin: 'https://example.org',
      development: false,
    })
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';")
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).toContain("frame-ancestors 'self'")
    // Live preview shows the site in a frame.
    expect(policy).toContain("frame-src 'self' https://example.org;")
  })

  it('sends HSTS in production only, and X-Frame-Options always', () => {
    const keys = (production: boolean) => staticSecurityHeaders({ production }).map((h) => h.key)
    expect(keys(true)).toContain('Strict-Transport-Security')
    expect(keys(false)).not.toContain('Strict-Transport-Security')
    expect(keys(false)).toContain('X-Frame-Options')
  })
})
