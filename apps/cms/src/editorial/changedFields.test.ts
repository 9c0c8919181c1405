import { describe, expect, it } from 'vitest'

import { changedFields } from './changedFields'

const fields = [
  { name: 'title', label: 'Title' },
  { name: 'body', label: 'Body' },
  { name: 'references', label: 'References' },
  { name: 'medicalReviewer', label: 'Medical reviewer' },
  { name: 'meta', label: 'SEO' },
]

const paragraph = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})

describe('changedFields', () => {
  it('names the fields that differ, in the editor’s order', () => {
    const older = { title: 'Ketamine', body: paragraph('One.'), medicalReviewer: 3 }
    const newer = { title: 'Ketamine, explained', body: paragraph('One. Two.'), medicalReviewer: 3 }
    expect(changedFields(newer, older, fields)).toEqual(['Title', 'Body'])
  })

  it('sees a change deep inside a list or a group', () => {
    const older = {
      references: [{ id: 'a', doi: '10.1/one' }],
      meta: { title: 'A', description: 'B' },
    }
    const newer = {
      references: [{ id: 'a', doi: '10.1/two' }],
      meta: { title: 'A', description: 'C' },
    }
    expect(changedFields(newer, older, fields)).toEqual(['References', 'SEO'])
    const oneMore = { ...newer, references: [...newer.references, { id: 'b', doi: '10.1/b' }] }
    expect(changedFields(oneMore, newer, fields)).toEqual(['References'])
  })

  it('treats missing, empty and null alike, and ignores fields it was not given', () => {
    const older = { title: 'Same', references: [], meta: { title: null }, updatedAt: '2026-01-01' }
    const newer = { title: 'Same', updatedAt: '2026-02-02', _status: 'published' }
    expect(changedFields(newer, older, fields)).toEqual([])
  })

  it('lists what a first version filled in, leaving out unticked boxes', () => {
    const first = { title: 'New', body: paragraph('Hi.'), references: [], reviewRequested: false }
    expect(
      changedFields(first, {}, [...fields, { name: 'reviewRequested', label: 'Ready' }]),
    ).toEqual(['Title', 'Body'])
    expect(
      changedFields({ reviewRequested: true }, {}, [{ name: 'reviewRequested', label: 'Ready' }]),
    ).toEqual(['Ready'])
  })

  it('notices a value that was added or cleared', () => {
    expect(changedFields({ medicalReviewer: 4 }, { medicalReviewer: null }, fields)).toEqual([
      'Medical reviewer',
    ])
    expect(changedFields({ title: '' }, { title: 'Gone' }, fields)).toEqual(['Title'])
  })
})
