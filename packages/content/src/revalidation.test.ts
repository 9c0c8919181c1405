import { describe, expect, it } from 'vitest'

import { REVALIDATE_TAG_PATTERN, tagsForChange } from './revalidation'

describe('tagsForChange', () => {
  it('names the article lists and both the old and new address of a renamed article', () => {
    expect(
      tagsForChange({
        collection: 'articles',
        doc: { slug: 'new-name' },
        previousDoc: { slug: 'old-name' },
      }),
    ).toEqual(expect.arrayContaining(['articles', 'article:new-name', 'article:old-name']))
  })

  it('refreshes article pages when something they show changes', () => {
    expect(tagsForChange({ collection: 'authors', doc: { slug: 'jane' } })).toEqual([
      'authors',
      'articles',
      'author:jane',
    ])
    expect(tagsForChange({ collection: 'categories', doc: { slug: 'c' } })).toEqual([
      'categories',
      'articles',
      'category:c',
    ])
    expect(tagsForChange({ collection: 'media', doc: null })).toEqual([
      'media',
      'articles',
      'authors',
    ])
  })

  it('names only the collection for site-wide settings and redirects', () => {
    expect(tagsForChange({ collection: 'site-settings', doc: null })).toEqual(['site-settings'])
    expect(tagsForChange({ collection: 'redirects', doc: null })).toEqual(['redirects'])
  })

  it('produces only tags the site accepts', () => {
    const tags = tagsForChange({ collection: 'articles', doc: { slug: 'a-b-1' } })
    for (const tag of tags) expect(tag).toMatch(REVALIDATE_TAG_PATTERN)
  })
})
