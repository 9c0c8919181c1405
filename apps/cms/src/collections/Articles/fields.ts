import { MetaDescriptionField, MetaImageField, MetaTitleField } from '@payloadcms/plugin-seo/fields'
import type { Field, Tab } from 'payload'

import { audienceOf, isEditorOrAdmin } from '@/access'
import { articleBodyEditor } from '@/editors/articleBody'
import { slugField } from '@/fields/slug'
import { normaliseDoi, validateDoi, validateWebUrl } from '@/fields/validators'
import { medicalReviewerOptions } from '@/editorial/reviewers'

import { defaultContentUpdatedAt } from './hooks/contentUpdatedAt'
import { stampLastChangedBy } from './hooks/lastChangedBy'
import { stampPublishedAt } from './hooks/publishedAt'

const validatedText = (rule: 'doi' | 'webUrl') => ({
  path: '/components/admin/ValidatedTextField#ValidatedTextField',
  clientProps: { rule },
})

const editorsOnly = ({ req }: { req: Parameters<typeof audienceOf>[0] }) =>
  isEditorOrAdmin(audienceOf(req))
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
          'Use headings (H2, H3) to structure it: they build the table of contents. To add a callout or a key finding, type "/" on an empty line, or use the "+" button at the left of the toolbar.',
      },
    },
    {
      name: 'bodyStats',
      type: 'ui',
      admin: {
        components: { Field: '/components/admin/ArticleStats#ArticleStats' },
        disableListColumn: true,
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
      fields: [{ name: 'text', type: 'text', label: 'Takeaway', required: true, maxLength: 240 }],
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
            {
              name: 'journal',
              type: 'text',
              admin: { description: 'e.g. "Nature Mental Health".' },
            },
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
              // The admin checks what is typed, before the hook has tidied it: tidy it the same way.
              validate: (value: unknown) => validateDoi(normaliseDoi(value)),
              admin: {
                description: 'e.g. 10.1038/s41598-024-54370-9',
                components: { Field: validatedText('doi') },
              },
            },
            {
              name: 'url',
              type: 'text',
              label: 'Web address',
              validate: validateWebUrl,
              admin: {
                description: 'If the paper has no DOI, or a free full text elsewhere.',
                components: { Field: validatedText('webUrl') },
              },
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
      admin: {
        description:
          'Questions shown at the end of the article, in this order. Only published FAQs appear on the site.',
      },
    },
  ],
}

const seoTextField = (kind: 'title' | 'description') => ({
  path: '/components/admin/seo/SeoTextField#SeoTextField',
  clientProps: { kind },
})

/**
 * What search engines and social networks get. Every field may stay empty: the site then uses the
 * article's own title, summary and hero image, and the tab says so instead of calling it missing.
 */
const seoTab: Tab = {
  name: 'meta',
  label: 'SEO',
  description:
    "How the article appears in search results and when shared. Leave a field empty to use the article's own title, summary or hero image.",
  fields: [
    {
      name: 'seoSummary',
      type: 'ui',
      admin: {
        components: { Field: '/components/admin/seo/SeoSummary#SeoSummary' },
        disableListColumn: true,
      },
    },
    MetaTitleField({
      hasGenerateFn: true,
      overrides: {
        label: 'Title in search results',
        admin: { components: { Field: seoTextField('title') } },
      },
    }),
    MetaDescriptionField({
      hasGenerateFn: true,
      overrides: {
        label: 'Description in search results',
        admin: { components: { Field: seoTextField('description') } },
      },
    }),
    MetaImageField({
      relationTo: 'media',
      overrides: {
        label: 'Image when shared',
        admin: {
          description: 'Leave empty to use the hero image. Wide images (1200 × 630) work best.',
        },
      },
    }),
  ],
}

export const articleFields: Field[] = [
  {
    // Tells an author why a published article opens read-only (only editors change live pages).
    name: 'readOnlyNotice',
    type: 'ui',
    admin: {
      components: { Field: '/components/admin/ReadOnlyNotice#ReadOnlyNotice' },
      disableListColumn: true,
    },
  },
  {
    name: 'title',
    type: 'text',
    required: true,
    maxLength: 200,
    admin: {
      description: 'The headline readers see, in sentence case.',
      components: { Cell: '/components/admin/TitleCell#TitleCell' },
    },
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
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
      description:
        'Filled in when first published. To publish later, use "Schedule publish" in the menu beside "Publish changes".',
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
    // Not stored: Payload's job queue holds the schedule; this shows it in the list.
    name: 'scheduled',
    type: 'ui',
    label: 'Scheduled',
    admin: {
      components: { Cell: '/components/admin/scheduling/ScheduledCell#ScheduledCell' },
    },
  },
  {
    name: 'category',
    type: 'relationship',
    relationTo: 'categories',
    required: true,
    index: true,
    admin: { position: 'sidebar', description: 'The topic it is listed under on the site.' },
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
    // People with credentials only: an organisation cannot vouch for medical accuracy.
    filterOptions: medicalReviewerOptions,
    admin: {
      position: 'sidebar',
      description:
        'The clinician who checked this article. Only people with credentials (e.g. MD) can be chosen.',
    },
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
        'Tick when the draft is ready: editors get an email and see it on their dashboard.',
      components: { Cell: '/components/admin/ReadyCell#ReadyCell' },
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
    label: 'Editable by',
    // Who may edit an article is the admin's business: anonymous readers never see a user id.
    access: { read: signedIn, create: editorsOnly, update: editorsOnly },
    admin: {
      position: 'sidebar',
      description:
        'The author who may edit this draft (editors can edit everything). Set to whoever created it.',
    },
  },
  {
    // Every save stores who made it, so each entry of the version history names its author.
    name: 'lastChangedBy',
    type: 'relationship',
    relationTo: 'users',
    label: 'Last changed by',
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeChange: [stampLastChangedBy] },
  },
]
