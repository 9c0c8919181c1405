import { describe, expect, it } from 'vitest'

import { headingId } from './headings'

describe('headingId', () => {
  it('turns a heading into a readable fragment', () => {
    expect(headingId('What this means for patients')).toBe('what-this-means-for-patients')
    expect(headingId('Études & résultats (2024)')).toBe('etudes-resultats-2024')
  })

  it('never returns an empty id', () => {
    expect(headingId('???')).toBe('section')
  })
})
