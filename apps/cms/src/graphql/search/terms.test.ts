import { describe, expect, it } from 'vitest'

import { parseSearchInput, SEARCH_LIMITS } from './terms'

describe('parseSearchInput', () => {
  it('matches every word as a prefix', () => {
    expect(parseSearchInput('  Ketamine   Depress ')).toEqual({
      ok: true,
      text: 'Ketamine Depress',
      tsquery: 'ketamine:* & depress:*',
      limit: SEARCH_LIMITS.defaultResults,
    })
  })

  it('keeps only letters and digits, so tsquery syntax cannot be injected', () => {
    const parsed = parseSearchInput("7T MRI') | !(x:* <-> 'drop", 5)
    expect(parsed).toMatchObject({ ok: true, limit: 5 })
    expect(parsed.ok && parsed.tsquery).toBe('7t:* & mri:* & x:* & drop:*')
  })

  it('keeps accented words', () => {
    const parsed = parseSearchInput('études')
    expect(parsed.ok && parsed.tsquery).toBe('études:*')
  })

  it('caps the number of words', () => {
    const parsed = parseSearchInput('a b c d e f g h i j k')
    expect(parsed.ok && parsed.tsquery.split(' & ')).toHaveLength(SEARCH_LIMITS.maxWords)
  })

  it.each([
    ['', 'between 2 and 100'],
    ['k', 'between 2 and 100'],
    ['x'.repeat(101), 'between 2 and 100'],
    ['?!', 'at least one letter or digit'],
    [42, 'between 2 and 100'],
  ])('rejects %j with a readable message', (text, message) => {
    const parsed = parseSearchInput(text)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.message).toContain(message)
  })

  it.each([0, 21, 2.5, '5'])('rejects the limit %j', (limit) => {
    expect(parseSearchInput('ketamine', limit)).toMatchObject({ ok: false })
  })
})
