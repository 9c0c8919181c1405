import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { Callout } from '@/blocks/Callout/config'
import { KeyFinding } from '@/blocks/KeyFinding/config'

/**
 * The article body: the standard features (lists, links, quotes, images, …), headings limited to
 * h2–h4 because the page title is the h1, and the article blocks.
 */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    BlocksFeature({ blocks: [Callout, KeyFinding] }),
  ],
})
