import { describe, expect, it } from 'vitest'

import { citationLinks, citationText } from './citation'

describe('citations', () => {
  it('formats authors, title, journal and year', () => {
    expect(
      citationText({
        authors: 'Smith J, Jones A',
        title: 'Ketamine and sleep',
        journal: 'Sleep',
        year: 2024,
      }),
    ).toBe('Smith J, Jones A. Ketamine and sleep. Sleep. 2024.')
  })

  it('skips missing parts and never doubles a full stop', () => {
    expect(citationText({ title: 'Does it work?', journal: null, year: null })).toBe(
      'Does it work?',
    )
  })

  it('links the DOI through doi.org, and the web address', () => {
    expect(citationLinks({ title: 't', doi: '10.1/x', url: 'https://pubmed.example/1' })).toEqual({
      doi: 'https://doi.org/10.1/x',
      url: 'https://pubmed.example/1',
    })
    expect(citationLinks({ title: 't' })).toEqual({})
  })
})
