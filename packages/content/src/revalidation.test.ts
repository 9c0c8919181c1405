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
    ).toEqual(['articles', 'article:new-name', 'article:old-name'])
  })

  it('names the collection for everything else', () => {
    expect(tagsForChange({ collection: 'authors', doc: { slug: 'jane' } })).toEqual(['authors'])
    expect(tagsForChange({ collection: 'site-settings', doc: null })).toEqual(['site-settings'])
  })

  it('produces only tags the site accepts', () => {
    const tags = tagsForChange({ collection: 'articles', doc: { slug: 'a-b-1' } })
    for (const tag of tags) expect(tag).toMatch(REVALIDATE_TAG_PATTERN)
  })
})
