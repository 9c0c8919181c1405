import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    group: 'Content',
    useAsTitle: 'question',
    defaultColumns: ['question', '_status', 'category', 'updatedAt'],
    listSearchableFields: ['question'],
    description:
      'Questions and answers. Drafts save automatically; a published FAQ appears on the FAQ page and on the articles it is added to.',
    hideAPIURL: true,
  },
  access: collectionAccess('faqs'),
  // Like articles, nothing reaches readers until an editor publishes it. No autosave: an FAQ is
  // short, and "Save draft" / "Publish" never leave empty drafts behind.
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    {
      name: 'question',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'As a reader would ask it, ending with a question mark.' },
    },
    {
      name: 'answer',
      type: 'richText',
      required: true,
      admin: { description: 'A short, plain answer. Link to an article for the detail.' },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      admin: { position: 'sidebar', description: 'Groups the question on the FAQ page.' },
    },
  ],
}
