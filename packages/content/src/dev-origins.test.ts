import { describe, expect, it } from 'vitest'

import { allowedDevOrigins } from './dev-origins'

describe('allowedDevOrigins', () => {
  it('lets the loopback addresses use the dev server, not only the name localhost', () => {
    expect(allowedDevOrigins(undefined)).toEqual(['localhost', '127.0.0.1', '[::1]'])
  })

  it('adds the host names ALLOWED_DEV_HOSTS lists', () => {
    expect(allowedDevOrigins(' 192.168.1.20, Sok.test ,*.local,')).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      '192.168.1.20',
      'sok.test',
      '*.local',
    ])
  })

  it('refuses an origin with a scheme or a port, which Next would never match', () => {
    expect(() => allowedDevOrigins('http://sok.test')).toThrow(/not a host name/)
    expect(() => allowedDevOrigins('sok.test:3001')).toThrow(/not a host name/)
  })
})
