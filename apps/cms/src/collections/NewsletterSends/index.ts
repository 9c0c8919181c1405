import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'
import { newsletterSendEndpoints } from '@/newsletter/sends/endpoints'
import { prepareManualSend } from '@/newsletter/sends/start'
import { progressField } from '@/newsletter/sends/progress'

export const SEND_STATUSES = [
  { label: 'Waiting to start', value: 'queued' },
  { label: 'Sending', value: 'sending' },
  { label: 'Finished', value: 'finished' },
  { label: 'Cancelled', value: 'cancelled' },
] as const

/**
 * One emailing of one article to every confirmed subscriber. An article has at most one send that
 * is not cancelled (a partial unique index, see the newsletter_sends migration), whoever starts it
 * and however many CMS instances race. Sends are started by publishing an article with "Email to
 * subscribers" on, or by an editor creating one ("Send to subscribers now" on the article).
 */
export const NewsletterSends: CollectionConfig = {
  slug: 'newsletter-sends',
  labels: { singular: 'Newsletter send', plural: 'Newsletter sends' },
  admin: {
    group: 'Audience',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'progress', 'startAfter', 'finishedAt'],
    description:
      'Each article is emailed to the confirmed subscribers at most once. Start a send from the article itself.',
  },
  access: collectionAccess('newsletter-sends'),
  defaultSort: '-createdAt',
  endpoints: newsletterSendEndpoints,
  hooks: { beforeChange: [prepareManualSend] },
  fields: [
    {
      // Not required in the database: deleting an article keeps its send as history.
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      options: [...SEND_STATUSES],
      admin: { readOnly: true, position: 'sidebar' },
    },
    progressField,
    {
      name: 'trigger',
      type: 'select',
      defaultValue: 'manual',
      options: [
        { label: 'Publishing the article', value: 'publish' },
        { label: 'Started by hand', value: 'manual' },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'startedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'subject', type: 'text', admin: { readOnly: true } },
    { name: 'previewText', type: 'text', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'startAfter', type: 'date', label: 'Starts', admin: { readOnly: true } },
        { name: 'startedAt', type: 'date', label: 'Started', admin: { readOnly: true } },
        { name: 'finishedAt', type: 'date', label: 'Finished', admin: { readOnly: true } },
        { name: 'cancelledAt', type: 'date', label: 'Cancelled', admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'recipientCount', type: 'number', label: 'Readers', admin: { readOnly: true } },
        // Written when the send finishes, so the figures outlive the per-reader records.
        { name: 'sentCount', type: 'number', label: 'Sent', admin: { readOnly: true } },
        { name: 'failedCount', type: 'number', label: 'Failed', admin: { readOnly: true } },
        { name: 'skippedCount', type: 'number', label: 'Skipped', admin: { readOnly: true } },
      ],
    },
    // The delivery's own bookkeeping: the next batch's turn, and the email as rendered once for
    // every reader (only the unsubscribe links differ).
    { name: 'nextBatchAt', type: 'date', hidden: true },
    { name: 'html', type: 'textarea', hidden: true },
    { name: 'text', type: 'textarea', hidden: true },
  ],
}
