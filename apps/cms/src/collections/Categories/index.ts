import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'
import { slugField } from '@/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Category', plural: 'Categories' },
  admin: {
    hideAPIURL: true,
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    description: 'Topics that group articles and FAQs, each with its own page on the site.',
  },
  access: collectionAccess('categories'),
  defaultSort: 'title',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 80,
      admin: { description: 'The topic as readers see it, e.g. "Science of Ketamine".' },
    },
    slugField('title'),
    {
      name: 'description',
      type: 'textarea',
      maxLength: 300,
      admin: { description: 'One sentence shown at the top of the category page.' },
    },
  ],
}
