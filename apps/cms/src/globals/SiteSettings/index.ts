import type { Field, GlobalConfig } from 'payload'

import { defaultTimezones } from 'payload/shared'

import { globalAccess } from '@/access'
import { validateSiteLink } from '@/fields/validators'
import { DEFAULT_SITE_TIMEZONE } from '@/scheduling/time'

const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, maxLength: 40 },
  {
    name: 'link',
    type: 'text',
    required: true,
    validate: validateSiteLink,
    admin: { description: 'A page on this site like /faq, or a full https:// address.' },
  },
]

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: {
    group: 'Settings',
    description: 'The name, menus, footer and recurring texts used across the whole site.',
    hideAPIURL: true,
  },
  access: globalAccess('site-settings'),
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: 'Science of Ketamine',
      admin: { description: 'Shown in the header, page titles and feeds.' },
    },
    {
      name: 'timezone',
      type: 'select',
      label: 'Timezone',
      required: true,
      defaultValue: DEFAULT_SITE_TIMEZONE,
      options: defaultTimezones.map(({ label, value }) => ({ label, value })),
      admin: {
        description: "The clinic's local time. Scheduled publishing offers and shows times in it.",
      },
    },
    {
      name: 'tagline',
      type: 'text',
      maxLength: 160,
      admin: { description: 'One line under the site name on the home page.' },
    },
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      labels: { singular: 'Menu link', plural: 'Menu links' },
      admin: { description: 'The main menu, in order.' },
      fields: linkFields,
    },
    {
      name: 'footer',
      type: 'group',
      fields: [
        {
          name: 'text',
          type: 'textarea',
          maxLength: 500,
          admin: { description: 'e.g. a note that articles are not medical advice.' },
        },
        {
          name: 'links',
          type: 'array',
          maxRows: 10,
          labels: { singular: 'Footer link', plural: 'Footer links' },
          fields: linkFields,
        },
      ],
    },
    {
      name: 'newsletter',
      type: 'group',
      label: 'Newsletter form',
      fields: [
        {
          name: 'heading',
          type: 'text',
          required: true,
          defaultValue: 'Get new articles by email',
        },
        { name: 'intro', type: 'textarea', maxLength: 300 },
        {
          name: 'successMessage',
          type: 'text',
          required: true,
          defaultValue: 'Thank you! Please check your inbox to confirm your subscription.',
          admin: { description: 'Shown after someone signs up.' },
        },
        {
          name: 'errorMessage',
          type: 'text',
          required: true,
          defaultValue: 'Sorry, something went wrong. Please try again in a moment.',
          admin: { description: 'Shown when the sign-up could not be sent.' },
        },
      ],
    },
    {
      name: 'learnMore',
      type: 'group',
      label: '"Learn more" call to action',
      admin: { description: 'The box after each article that points readers to the clinic.' },
      fields: [
        { name: 'heading', type: 'text', required: true, defaultValue: 'Learn more' },
        { name: 'text', type: 'textarea', maxLength: 400 },
        { name: 'buttonLabel', type: 'text', maxLength: 40 },
        {
          name: 'link',
          type: 'text',
          validate: (value: unknown) => !value || validateSiteLink(value),
        },
      ],
    },
  ],
}
