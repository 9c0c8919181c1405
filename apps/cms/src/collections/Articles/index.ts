import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'
import { queueReadyForEditorEmail } from '@/editorial/readyForEditor'

import { articleFields } from './fields'
import { newsletterField } from './newsletter'
import { checkDrafts } from './hooks/checkDrafts'
import { redirectOldSlug, rememberPublishedSlug } from './hooks/redirectOldSlug'
import { livePreviewBreakpoints, livePreviewUrl, previewDraftEndpoint, previewUrl } from './preview'
import { publishedSlugsEndpoint } from './published-slugs'
import { setOwner } from './hooks/setOwner'
import { cancelSendOnDelete, queueSendOnPublish } from './hooks/newsletter'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      '_status',
      'category',
      'authors',
      'updatedAt',
      'scheduled',
      'reviewRequested',
      'medicalReviewer',
    ],
    listSearchableFields: ['title', 'slug'],
    description:
      'Science articles. Drafts save automatically; they reach the site only when published.',
    preview: previewUrl,
    hideAPIURL: true,
    components: {
      edit: {
        PublishButton: '/components/admin/scheduling/ArticlePublishButton#ArticlePublishButton',
        beforeDocumentControls: ['/components/admin/scheduling/ScheduledNotice#ScheduledNotice'],
      },
      views: {
        list: { Component: '/components/admin/ArticleList#ArticleList' },
        edit: { versions: { Component: '/components/admin/VersionHistory#VersionHistory' } },
      },
    },
    // Side by side with the editor: the real site, re-rendered from the draft after each save.
    livePreview: { url: livePreviewUrl, breakpoints: livePreviewBreakpoints },
  },
  endpoints: [previewDraftEndpoint, publishedSlugsEndpoint],
  access: collectionAccess('articles'),
  defaultSort: '-publishedAt',
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      // "Schedule publish" in the publish menu; the CMS's job runner publishes at that time.
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
  hooks: {
    beforeValidate: [checkDrafts],
    beforeChange: [setOwner, rememberPublishedSlug],
    afterChange: [redirectOldSlug, queueReadyForEditorEmail, queueSendOnPublish],
    afterDelete: [cancelSendOnDelete],
  },
  fields: [...articleFields, newsletterField],
}
