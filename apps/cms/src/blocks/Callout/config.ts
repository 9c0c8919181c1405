import type { Block } from 'payload'

/** A highlighted note inside an article: context, a caution, or a practical tip. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: [
        { label: 'Information', value: 'info' },
        { label: 'Caution', value: 'caution' },
        { label: 'Tip', value: 'tip' },
      ],
    },
    { name: 'title', type: 'text', maxLength: 120 },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 800,
      admin: { description: 'Keep it to two or three sentences.' },
    },
  ],
}
