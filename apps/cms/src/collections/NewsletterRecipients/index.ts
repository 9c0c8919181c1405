import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'
import { env } from '@/env'

export const RECIPIENT_STATES = [
  { label: 'Queued', value: 'queued' },
  { label: 'Sending', value: 'sending' },
  { label: 'Sent', value: 'sent' },
  { label: 'Failed', value: 'failed' },
  { label: 'Skipped: unsubscribed', value: 'skipped' },
] as const

/**
 * One row per reader per send: what happened to that reader's email. The unique (send, signup)
 * index is what makes "never twice" hold across restarts, retried jobs and several CMS instances;
 * rows move only through the claim → hand over → mark protocol in newsletter/sends/delivery.ts.
 * Written only by the delivery job; deleted NEWSLETTER_RETENTION_DAYS after the send finishes.
 */
export const NewsletterRecipients: CollectionConfig = {
  slug: 'newsletter-recipients',
  labels: { singular: 'Newsletter delivery', plural: 'Newsletter deliveries' },
  admin: {
    group: 'Audience',
    useAsTitle: 'email',
    defaultColumns: ['email', 'state', 'send', 'attempts', 'error', 'updatedAt'],
    listSearchableFields: ['email'],
    description: `What happened to each reader's email, with the mail server's answer when it failed. Kept for ${env.NEWSLETTER_RETENTION_DAYS} days after a send finishes.`,
  },
  access: collectionAccess('newsletter-recipients'),
  defaultSort: 'id',
  indexes: [{ fields: ['send', 'signup'], unique: true }, { fields: ['send', 'state'] }],
  fields: [
    { name: 'send', type: 'relationship', relationTo: 'newsletter-sends', required: true },
    { name: 'signup', type: 'relationship', relationTo: 'newsletter-signups' },
    { name: 'email', type: 'email', required: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [...RECIPIENT_STATES],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', label: 'Next attempt' },
    { name: 'sentAt', type: 'date', label: 'Sent' },
    { name: 'error', type: 'text', label: 'Mail server answer' },
    // The worker holding the row, when it claimed it, and when it handed the email to SMTP.
    { name: 'claimedBy', type: 'text', hidden: true },
    { name: 'claimedAt', type: 'date', hidden: true },
    { name: 'handedOverAt', type: 'date', hidden: true },
  ],
}
