import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'
import { slugField } from '@/fields/slug'

export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: 'Author', plural: 'Authors' },
  admin: {
    hideAPIURL: true,
    group: 'Content',
    useAsTitle: 'name',
    defaultColumns: ['name', 'credentials', 'jobTitle', 'kind'],
    listSearchableFields: ['name', 'slug', 'jobTitle'],
    description:
      'Public bylines shown on articles: a person or an organisation. Separate from admin logins.',
  },
  access: collectionAccess('authors'),
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: {
        description: 'As readers should see it, e.g. "Dr. Jane Doe" or "Our clinical team".',
      },
    },
    slugField('name'),
    {
      name: 'kind',
      type: 'radio',
      label: 'This byline is',
      required: true,
      defaultValue: 'person',
      options: [
        { label: 'A person', value: 'person' },
        { label: 'An organisation or team', value: 'organisation' },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'credentials',
          type: 'text',
          admin: {
            description: 'Degrees after the name, e.g. "MD, PhD".',
            condition: (data) => data?.kind !== 'organisation',
          },
        },
        {
          name: 'jobTitle',
          type: 'text',
          label: 'Job title',
          admin: { description: 'e.g. "Psychiatrist" or "Research writers".' },
        },
      ],
    },
    {
      name: 'bio',
      type: 'textarea',
      label: 'Short bio',
      maxLength: 600,
      admin: { description: 'Two or three sentences for the author page and article footers.' },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'A square portrait or logo works best.' },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: 'Admin login',
      admin: {
        position: 'sidebar',
        description: 'Optional: the admin user who writes as this author.',
      },
    },
  ],
}
