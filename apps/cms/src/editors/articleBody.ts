import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
  RelationshipFeature,
} from '@payloadcms/richtext-lexical'

import { Callout } from '@/blocks/Callout/config'
import { KeyFinding } from '@/blocks/KeyFinding/config'

/** What an internal link or an embedded document may point at: the site has a page for each. */
const LINKABLE_COLLECTIONS = ['articles', 'authors', 'categories'] as const

/**
 * The article body: the standard features (lists, links, quotes, images, …), headings limited to
 * h2–h4 because the page title is the h1, internal links and embedded documents limited to what
 * the site has pages for, and the article blocks.
 */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures
      .filter((feature) => feature.key !== 'heading')
      .map((feature) => {
        if (feature.key === 'link')
          return LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] })
        if (feature.key === 'relationship') {
          return RelationshipFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] })
        }
        return feature
      }),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    BlocksFeature({ blocks: [Callout, KeyFinding] }),
  ],
})
