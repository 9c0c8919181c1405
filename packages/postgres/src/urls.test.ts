import { describe, expect, it } from 'vitest'

import { databaseUrl, isSafeDatabaseName } from './urls'

describe('database URLs', () => {
  it('points a server URL at another database, keeping credentials and options', () => {
    expect(databaseUrl('postgres://u:p@db.example:5433/app?sslmode=require', 'sok_test_1')).toBe(
      'postgres://u:p@db.example:5433/sok_test_1?sslmode=require',
    )
  })

  it('accepts only plain lower-case names as databases', () => {
    expect(isSafeDatabaseName('sok_e2e_abc123')).toBe(true)
    for (const name of ['', 'Sok', '1abc', 'a-b', 'x"; DROP DATABASE y; --', 'a'.repeat(64)]) {
      expect(isSafeDatabaseName(name)).toBe(false)
    }
  })
})
