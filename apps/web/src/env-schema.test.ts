import { describe, expect, it } from 'vitest'

import { parseEnv } from './env-schema'

const SIGNUP_PROXY_SECRET = 'b'.repeat(32)
const REVALIDATE_SECRET = 'c'.repeat(32)

describe('site environment', () => {
  it('gives development working defaults', () => {
    const env = parseEnv({ NODE_ENV: 'development' })
    expect(env).toMatchObject({ production: false, CMS_TIMEOUT_MS: 60_000 })
    expect(env.REVALIDATE_SECRET.length).toBeGreaterThanOrEqual(24)
    expect(env.CMS_PUBLIC_URL).toBe(env.CMS_URL)
  })

  it('refuses production without its own revalidation secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', SIGNUP_PROXY_SECRET })).toThrow(
      /REVALIDATE_SECRET must be set in production/,
    )
  })

  it('refuses production without its own sign-up proxy secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', REVALIDATE_SECRET })).toThrow(
      /SIGNUP_PROXY_SECRET must be set in production/,
    )
  })

  it('refuses production with the public development or example values', () => {
    const dev = parseEnv({ NODE_ENV: 'development' })
    for (const value of [dev.REVALIDATE_SECRET, 'replace-me-with-a-third-long-random-string']) {
      expect(() =>
        parseEnv({ NODE_ENV: 'production', SIGNUP_PROXY_SECRET, REVALIDATE_SECRET: value }),
      ).toThrow(/REVALIDATE_SECRET must be set in production/)
    }
    expect(() =>
      parseEnv({
        NODE_ENV: 'production',
        SIGNUP_PROXY_SECRET: dev.SIGNUP_PROXY_SECRET,
        REVALIDATE_SECRET,
      }),
    ).toThrow(/SIGNUP_PROXY_SECRET must be set in production/)
  })

  it('refuses a short secret', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', SIGNUP_PROXY_SECRET, REVALIDATE_SECRET: 'short' }),
    ).toThrow(/REVALIDATE_SECRET must be at least 24 characters/)
  })

  it('names a malformed address or timeout', () => {
    expect(() => parseEnv({ CMS_URL: 'not a url' })).toThrow(/CMS_URL: /)
    expect(() => parseEnv({ CMS_TIMEOUT_MS: '10' })).toThrow(/CMS_TIMEOUT_MS: /)
  })

  it('waits 5 s for the CMS in production unless told otherwise', () => {
    expect(
      parseEnv({ NODE_ENV: 'production', SIGNUP_PROXY_SECRET, REVALIDATE_SECRET }).CMS_TIMEOUT_MS,
    ).toBe(5000)
  })

  it('accepts a complete production environment', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      SIGNUP_PROXY_SECRET,
      REVALIDATE_SECRET,
      CMS_URL: 'http://cms:3000',
      CMS_PUBLIC_URL: 'https://cms.example.org',
      CMS_TIMEOUT_MS: '3000',
    })
    expect(env).toMatchObject({
      production: true,
      REVALIDATE_SECRET,
      CMS_PUBLIC_URL: 'https://cms.example.org',
      CMS_TIMEOUT_MS: 3000,
    })
  })

  it('lets `next build` load the app without production secrets', () => {
    expect(parseEnv({ NODE_ENV: 'production' }, true).production).toBe(true)
  })
})
