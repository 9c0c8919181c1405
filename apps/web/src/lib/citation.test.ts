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

  it.each([
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    '//evil.example/paper',
    '/\\evil.example/paper',
    'mailto:someone@example.com',
  ])('does not link a reference URL of %j', (url) => {
    expect(citationLinks({ title: 't', url })).toEqual({})
  })

  it('keeps a DOI on doi.org and drops one with control characters', () => {
    expect(citationLinks({ title: 't', doi: '@evil.example/x' }).doi).toBe(
      'https://doi.org/@evil.example/x',
    )
    expect(citationLinks({ title: 't', doi: '10.1/x\ty' }).doi).toBeUndefined()
  })
})
