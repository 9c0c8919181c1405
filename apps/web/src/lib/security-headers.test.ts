import { describe, expect, it } from 'vitest'

import {
  contentSecurityPolicy,
  isCachedPage,
  newNonce,
  staticSecurityHeaders,
} from './security-headers'

const cmsOrigin = 'https://cms.example.org'
const parse = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ')
      return [name!, values]
    }),
  )

describe('the site’s Content-Security-Policy', () => {
  it('gives a page rendered per request its nonce, strict-dynamic and no inline script', () => {
    const csp = parse(
      contentSecurityPolicy({ cmsOrigin, nonce: 'abc', development: false, https: true }),
    )
    expect(csp['script-src']).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"])
    expect(csp['frame-ancestors']).toEqual([cmsOrigin])
    expect(csp['connect-src']).toEqual(["'self'", cmsOrigin])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp).toHaveProperty('upgrade-insecure-requests')
  })

  it('lets a cached page run its inline scripts, never eval', () => {
    const csp = parse(contentSecurityPolicy({ cmsOrigin, development: false, https: false }))
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp).not.toHaveProperty('upgrade-insecure-requests')
  })

  it('allows eval only in development', () => {
    for (const nonce of ['abc', undefined]) {
      const production = contentSecurityPolicy({
        cmsOrigin,
        nonce,
        development: false,
        https: true,
      })
      expect(production).not.toContain('unsafe-eval')
    }
    expect(contentSecurityPolicy({ cmsOrigin, development: true, https: false })).toContain(
      "'unsafe-eval'",
    )
  })

  it('knows which pages are served from the cache', () => {
    expect(isCachedPage('/articles/ketamine-and-sleep')).toBe(true)
    expect(isCachedPage('/authors/team')).toBe(true)
    for (const path of [
      '/',
      '/search',
      '/faq',
      '/categories/science',
      '/articles',
      '/x/articles/y',
    ]) {
      expect(isCachedPage(path), path).toBe(false)
    }
  })

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16)
  })

  it('sends HSTS in production only', () => {
    const keys = (production: boolean) => staticSecurityHeaders({ production }).map((h) => h.key)
    expect(keys(true)).toContain('Strict-Transport-Security')
    expect(keys(false)).not.toContain('Strict-Transport-Security')
    expect(keys(false)).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    )
  })
})
