import { describe, expect, it } from 'vitest'

import type { ContentReader } from './content-types/define'
import { allOf, type Where } from './find-query'

describe('find queries', () => {
  it('joins the conditions given and leaves out the absent ones', () => {
    const published: Where = { _status: { equals: 'published' } }
    expect(allOf(published, null, false, { id: { not_in: [1] } })).toEqual({
      and: [published, { id: { not_in: [1] } }],
    })
  })

  it('does not compile with a misspelt operator or collection', () => {
    // Type checks only (npm run typecheck fails when an expected error disappears); never run.
    const typos = (reader: ContentReader) => {
      // @ts-expect-error: `equal` is not an operator (`equals` is)
      const where: Where = { slug: { equal: 'mri' } }
      // @ts-expect-error: there is no `article` collection (`articles` is)
      void reader.find('article', { where }, [])
      // @ts-expect-error: `filter` is not part of a query (`where` is)
      void reader.findAll('articles', { filter: where }, [])
    }
    expect(typos).toBeTypeOf('function')
  })
})
