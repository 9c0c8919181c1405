import type { CollectionConfig, FieldHook } from 'payload'

import { collectionAccess } from '@/access'
import { newsletterEndpoints } from '@/newsletter/endpoints'

const normaliseEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value

export const NewsletterSignups: CollectionConfig = {
  slug: 'newsletter-signups',
  labels: { singular: 'Newsletter sign-up', plural: 'Newsletter sign-ups' },
  admin: {
    group: 'Audience',
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'sourcePage', 'createdAt'],
    listSearchableFields: ['email'],
    description:
      'People who asked for the newsletter. Private: only editors and admins can see this list.',
    components: {
      beforeListTable: ['/components/admin/ExportSignupsLink#ExportSignupsLink'],
    },
    hideAPIURL: true,
  },
  endpoints: newsletterEndpoints,
  access: collectionAccess('newsletter-signups'),
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [normaliseEmail] },
      admin: { description: 'Stored trimmed and in lower case, once per address.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Pending: waiting for the email confirmation', value: 'pending' },
        { label: 'Confirmed: receives the newsletter', value: 'confirmed' },
        { label: 'Unsubscribed', value: 'unsubscribed' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'sourcePage',
      type: 'text',
      label: 'Signed up on',
      admin: {
        readOnly: true,
        description: 'The page where the form was sent.',
        components: {
          Cell: '/components/admin/signups/SignedUpOn#SignedUpOnCell',
          Field: '/components/admin/signups/SignedUpOn#SignedUpOnField',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'consentAt',
          type: 'date',
          label: 'Consent given',
          admin: { readOnly: true, date: { displayFormat: 'd MMM yyyy, HH:mm' } },
        },
        {
          name: 'confirmedAt',
          type: 'date',
          label: 'Confirmed',
          admin: { readOnly: true, date: { displayFormat: 'd MMM yyyy, HH:mm' } },
        },
        {
          name: 'unsubscribedAt',
          type: 'date',
          label: 'Unsubscribed',
          admin: { readOnly: true, date: { displayFormat: 'd MMM yyyy, HH:mm' } },
        },
      ],
    },
    // Only hashes of the links' tokens are kept; `hidden` keeps them out of every API answer.
    ...(['confirmToken', 'unsubscribeToken'] as const).flatMap((name) => [
      { name: `${name}Hash`, type: 'text' as const, hidden: true, index: true },
      { name: `${name}ExpiresAt`, type: 'date' as const, hidden: true },
    ]),
    // Part of every signed unsubscribe link in the newsletters; unsubscribing bumps it, which
    // retires every link sent before (see newsletter/crypto.ts).
    { name: 'linkVersion', type: 'number', hidden: true, defaultValue: 1 },
  ],
}
