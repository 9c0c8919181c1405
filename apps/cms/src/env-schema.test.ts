import { describe, expect, it } from 'vitest'

import { parseEnv } from './env-schema'

const DATABASE_URL = 'postgres://user:pass@localhost:5432/db'
const STRONG_SECRET = 'a'.repeat(48)

describe('CMS environment', () => {
  it('gives development a working default secret', () => {
    const env = parseEnv({ NODE_ENV: 'development', DATABASE_URL })
    expect(env.PAYLOAD_SECRET.length).toBeGreaterThanOrEqual(32)
    expect(env.production).toBe(false)
  })

  it('refuses to run production without a secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL })).toThrow(
      /PAYLOAD_SECRET must be set to your own random value in production/,
    )
  })

  it('refuses production with the development or the example secret', () => {
    const dev = parseEnv({ NODE_ENV: 'development', DATABASE_URL }).PAYLOAD_SECRET
    for (const secret of [dev, 'replace-me-with-a-long-random-string']) {
      expect(() =>
        parseEnv({ NODE_ENV: 'production', DATABASE_URL, PAYLOAD_SECRET: secret }),
      ).toThrow(/own random value/)
    }
  })

  it('refuses a short secret', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', DATABASE_URL, PAYLOAD_SECRET: 'short' }),
    ).toThrow(/at least 32 characters/)
  })

  it('refuses production without its own sign-up proxy secret', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', DATABASE_URL, PAYLOAD_SECRET: STRONG_SECRET }),
    ).toThrow(/SIGNUP_PROXY_SECRET must be set in production/)
  })

  it('refuses production without its own revalidation secret', () => {
    expect(() =>
      parseEnv({
        NODE_ENV: 'production',
        DATABASE_URL,
        PAYLOAD_SECRET: STRONG_SECRET,
        SIGNUP_PROXY_SECRET: 'b'.repeat(32),
      }),
    ).toThrow(/REVALIDATE_SECRET must be set in production/)
  })

  it('explains a missing or malformed DATABASE_URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'development' })).toThrow(/DATABASE_URL is required/)
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/must start with postgres:\/\//)
  })

  it('names the variable when the message alone would not', () => {
    expect(() => parseEnv({ DATABASE_URL, CMS_PUBLIC_URL: 'not a url' })).toThrow(
      /CMS_PUBLIC_URL: /,
    )
  })

  it('accepts a complete production environment', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      DATABASE_URL,
      PAYLOAD_SECRET: STRONG_SECRET,
      SIGNUP_PROXY_SECRET: 'b'.repeat(32),
      REVALIDATE_SECRET: 'c'.repeat(32),
      SEED_DEMO_CONTENT: 'false',
    })
    expect(env).toMatchObject({ production: true, SEED_DEMO_CONTENT: false })
  })

  it('lets code generation load the config without a database or secret', () => {
    expect(parseEnv({ NODE_ENV: 'production' }, true).DATABASE_URL).toMatch(/^postgres:/)
  })

  it('reads replicas as a list and refuses anything but postgres URLs', () => {
    const replicas = 'postgres://r1/db, postgres://r2/db'
    expect(parseEnv({ DATABASE_URL, DATABASE_READ_URLS: replicas }).DATABASE_READ_URLS).toEqual([
      'postgres://r1/db',
      'postgres://r2/db',
    ])
    expect(parseEnv({ DATABASE_URL }).DATABASE_READ_URLS).toEqual([])
    expect(() => parseEnv({ DATABASE_URL, DATABASE_READ_URLS: 'mysql://x/db' })).toThrow(
      /DATABASE_READ_URLS must be postgres/,
    )
  })

  it('refuses half-configured object storage', () => {
    expect(() => parseEnv({ DATABASE_URL, S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    )
    expect(() => parseEnv({ DATABASE_URL, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /S3_BUCKET must be set/,
    )
    const storage = parseEnv({ DATABASE_URL, S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'true' })
    expect(storage.S3_FORCE_PATH_STYLE).toBe(true)
  })

  it('trusts no proxy by default, and names a TRUSTED_PROXIES entry it cannot read', () => {
    const env = parseEnv({ NODE_ENV: 'development', DATABASE_URL })
    expect(env.TRUSTED_PROXIES.entries).toEqual([])
    expect(
      parseEnv({ NODE_ENV: 'development', DATABASE_URL, TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' })
        .TRUSTED_PROXIES.entries,
    ).toEqual(['loopback', '10.0.0.0/8'])
    expect(() =>
      parseEnv({ NODE_ENV: 'development', DATABASE_URL, TRUSTED_PROXIES: 'my-proxy' }),
    ).toThrow(/TRUSTED_PROXIES: "my-proxy" is not an IP address/)
  })
})
