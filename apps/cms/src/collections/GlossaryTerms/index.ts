import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'
import { slugField } from '@/fields/slug'

/**
 * Terms readers meet in articles ("NMDA receptor", "dissociation"), each with its own page under
 * /glossary. Its site side (cache tags, getters, sitemap, search, access) is declared in
 * packages/content/src/content-types/glossary.ts.
 */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: {
    group: 'Content',
    useAsTitle: 'term',
    defaultColumns: ['term', '_status', 'shortDefinition', 'updatedAt'],
    listSearchableFields: ['term', 'shortDefinition'],
    description:
      'Terms explained in plain words. A published term gets its own page, and its first mention in each article links to it.',
    hideAPIURL: true,
  },
  access: collectionAccess('glossary-terms'),
  defaultSort: 'term',
  // Like FAQs: nothing reaches readers until an editor publishes it.
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    {
      name: 'term',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 80,
      admin: {
        description:
          'As it appears in articles, e.g. "NMDA receptor". Its first mention in an article links here.',
      },
    },
    slugField('term'),
    {
      name: 'shortDefinition',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences, shown in the A–Z list and in search.' },
    },
    {
      name: 'explanation',
      type: 'richText',
      admin: { description: 'The longer explanation on the term’s page (optional).' },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
      admin: { description: 'Articles that explain the term in depth, listed on its page.' },
    },
  ],
}
