import { describe, expect, it } from 'vitest'

import { createContentClient } from './client'
import { normaliseSearchText, searchQuery } from './query-options'

const client = createContentClient({ baseUrl: 'http://cms.test' })

describe('searchQuery', () => {
  it('keys the search by its tidied text', () => {
    expect(normaliseSearchText('  ketamine   MRI ')).toBe('ketamine MRI')
    expect(searchQuery(client, '  ketamine   MRI ').queryKey).toEqual(['search', 'ketamine MRI'])
  })

  it('waits until the text is long enough to send, and not too long', () => {
    expect(searchQuery(client, ' k ').enabled).toBe(false)
    expect(searchQuery(client, 'ke').enabled).toBe(true)
    expect(searchQuery(client, 'k'.repeat(101)).enabled).toBe(false)
  })
})
