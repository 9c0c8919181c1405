import { describe, expect, it } from 'vitest'

import { audienceOf, audienceOfUser } from './roles'

describe('audience', () => {
  it('is anonymous without a signed-in admin user', () => {
    expect(audienceOf({ user: null })).toBe('anonymous')
    expect(
      audienceOf({ user: { collection: 'payload-mcp-api-keys', role: 'admin' } as never }),
    ).toBe('anonymous')
  })

  it('is the role of a signed-in user, and author for an unknown role', () => {
    expect(audienceOf({ user: { collection: 'users', role: 'editor' } as never })).toBe('editor')
    expect(audienceOfUser({ role: 'admin' })).toBe('admin')
    expect(audienceOfUser({ role: 'superuser' })).toBe('author')
    expect(audienceOfUser(undefined)).toBe('anonymous')
  })
})
