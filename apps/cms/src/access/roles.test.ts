import { describe, expect, it } from 'vitest'

import { audienceOf, audienceOfUser, isEditorOrAdmin } from './roles'

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

describe('isEditorOrAdmin', () => {
  it('holds for editors and admins only', () => {
    expect(isEditorOrAdmin('editor')).toBe(true)
    expect(isEditorOrAdmin('admin')).toBe(true)
    expect(isEditorOrAdmin('author')).toBe(false)
    expect(isEditorOrAdmin('anonymous')).toBe(false)
  })
})
