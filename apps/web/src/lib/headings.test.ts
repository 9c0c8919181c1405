import { describe, expect, it } from 'vitest'

import { headingId, tableOfContents } from './headings'

describe('headingId', () => {
  it('turns a heading into a readable fragment', () => {
    expect(headingId('What this means for patients')).toBe('what-this-means-for-patients')
    expect(headingId('Études & résultats (2024)')).toBe('etudes-resultats-2024')
  })

  it('never returns an empty id', () => {
    expect(headingId('???')).toBe('section')
  })
})

describe('tableOfContents', () => {
  const heading = (tag: string, text: string) => ({
    type: 'heading',
    tag,
    children: [{ type: 'text', text }],
  })

  it('lists h2 and h3 headings with unique ids, in order', () => {
    const body = {
      root: {
        children: [
          heading('h2', 'Results'),
          { type: 'paragraph', children: [{ type: 'text', text: 'Text' }] },
          heading('h3', 'In detail'),
          heading('h4', 'Too deep'),
          heading('h2', 'Results'),
        ],
      },
    }
    expect(tableOfContents(body)).toEqual([
      { id: 'results', text: 'Results', level: 2 },
      { id: 'in-detail', text: 'In detail', level: 3 },
      { id: 'results-2', text: 'Results', level: 2 },
    ])
  })

  it('is empty without a body', () => {
    expect(tableOfContents(null)).toEqual([])
  })
})
