import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    group: 'Content',
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', 'updatedAt'],
    description: 'Questions and answers. Add them to articles, and all appear on the FAQ page.',
  },
  access: collectionAccess('faqs'),
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
