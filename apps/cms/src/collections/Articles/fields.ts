import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import type { Field, Tab } from 'payload'

import { audienceOf } from '@/access'
import { articleBodyEditor } from '@/editors/articleBody'
import { slugField } from '@/fields/slug'
import { normaliseDoi, validateDoi, validateWebUrl } from '@/fields/validators'

import { defaultContentUpdatedAt } from './hooks/contentUpdatedAt'
import { stampPublishedAt } from './hooks/publishedAt'

const editorsOnly = ({ req }: { req: Parameters<typeof audienceOf>[0] }) =>
  ['editor', 'admin'].includes(audienceOf(req))
const signedIn = ({ req }: { req: Parameters<typeof audienceOf>[0] }) =>
  audienceOf(req) !== 'anonymous'

const contentTab: Tab = {
  label: 'Content',
  fields: [
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 400,
      admin: {
        description:
          'One or two sentences under the title and on article cards: what the research found.',
      },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: 'Hero image',
      admin: { description: 'Shown at the top of the article and when it is shared.' },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      editor: articleBodyEditor,
      admin: {
        description:
          'Use headings (H2, H3) to structure it: they build the table of contents. Add callouts and key findings from the + menu.',
      },
    },
  ],
}

const evidenceTab: Tab = {
  label: 'Evidence',
  fields: [
    {
      name: 'keyTakeaways',
      type: 'array',
      label: 'Key takeaways',
      maxRows: 6,
      labels: { singular: 'Takeaway', plural: 'Takeaways' },
      admin: { description: 'Three to five short points readers should remember.' },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 240 }],
    },
    {
      name: 'references',
      type: 'array',
      labels: { singular: 'Reference', plural: 'References' },
      admin: {
        description: 'The papers this article cites, in the order they are mentioned.',
      },
      fields: [
        { name: 'title', type: 'text', required: true, admin: { description: 'The paper title.' } },
        {
          name: 'authors',
          type: 'text',
          admin: { description: 'As printed in the citation, e.g. "Smith J, Jones A, et al."' },
        },
        {
          type: 'row',
          fields: [
            { name: 'journal', type: 'text' },
            {
              name: 'year',
              type: 'number',
              min: 1900,
              max: 2100,
              admin: { description: 'Year of publication.' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'doi',
              type: 'text',
              label: 'DOI',
              hooks: { beforeValidate: [({ value }) => normaliseDoi(value)] },
              validate: validateDoi,
              admin: { description: 'e.g. 10.1038/s41598-024-54370-9' },
            },
            {
              name: 'url',
              type: 'text',
              label: 'Web address',
              validate: validateWebUrl,
              admin: { description: 'If the paper has no DOI, or a free full text elsewhere.' },
            },
          ],
        },
      ],
    },
    {
      name: 'faqs',
      type: 'relationship',
      relationTo: 'faqs',
      hasMany: true,
      label: 'FAQs',
      admin: { description: 'Questions shown at the end of the article, in this order.' },
    },
  ],
}

const seoTab: Tab = {
  name: 'meta',
  label: 'SEO',
  fields: [
    OverviewField({ titlePath: 'meta.title', descriptionPath: 'meta.description' }),
    MetaTitleField({ hasGenerateFn: true }),
    MetaDescriptionField({ hasGenerateFn: true }),
    MetaImageField({ relationTo: 'media' }),
    PreviewField({ hasGenerateFn: true }),
  ],
}

export const articleFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    maxLength: 200,
    admin: { description: 'The headline readers see, in sentence case.' },
  },
  slugField('title'),
  { type: 'tabs', tabs: [contentTab, evidenceTab, seoTab] },
  {
    name: 'publishedAt',
    type: 'date',
    label: 'Published on',
    index: true,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: 'Filled in when first published. To publish later, use "Schedule publish".',
    },
    hooks: { beforeChange: [stampPublishedAt] },
  },
  {
    name: 'contentUpdatedAt',
    type: 'date',
    label: 'Last substantive update',
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
      description:
        'The "Updated" date readers see; it starts as the publish date. Move it only when the advice or the evidence changed, not for typos, links or a new image.',
      components: {
        afterInput: ['/components/admin/MarkSubstantiveUpdate#MarkSubstantiveUpdate'],
      },
    },
    hooks: { beforeChange: [defaultContentUpdatedAt] },
  },
  {
    name: 'category',
    type: 'relationship',
    relationTo: 'categories',
    required: true,
    index: true,
    admin: { position: 'sidebar' },
  },
  {
    name: 'authors',
    type: 'relationship',
    relationTo: 'authors',
    hasMany: true,
    required: true,
    minRows: 1,
    admin: { position: 'sidebar', description: 'Bylines, first author first.' },
  },
  {
    name: 'medicalReviewer',
    type: 'relationship',
    relationTo: 'authors',
    label: 'Medical reviewer',
    admin: { position: 'sidebar', description: 'The clinician who checked this article.' },
  },
  {
    name: 'lastReviewedAt',
    type: 'date',
    label: 'Last medically reviewed',
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
      condition: (data) => Boolean(data?.medicalReviewer),
    },
  },
  {
    name: 'relatedArticles',
    type: 'relationship',
    relationTo: 'articles',
    hasMany: true,
    maxRows: 4,
    label: 'Related articles',
    filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    admin: {
      position: 'sidebar',
      description: 'Leave empty to show the latest articles in the same category.',
    },
  },
  {
    name: 'reviewRequested',
    type: 'checkbox',
    label: 'Ready for an editor',
    defaultValue: false,
    index: true,
    admin: {
      position: 'sidebar',
      description:
        'Tick when the draft is ready: editors see it on their dashboard and publish it.',
    },
    // Publishing answers the request.
    hooks: {
      beforeChange: [
        ({ value, siblingData }) => (siblingData._status === 'published' ? false : value),
      ],
    },
  },
  {
    name: 'owner',
    type: 'relationship',
    relationTo: 'users',
    label: 'Owner',
    // Who owns an article is the admin's business: anonymous readers never see a user id.
    access: { read: signedIn, create: editorsOnly, update: editorsOnly },
    admin: {
      position: 'sidebar',
      description: 'The user who can edit this as an author. Set automatically.',
    },
  },
]
