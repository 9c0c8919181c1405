import type { Block } from 'payload'

/** One result of a study, stated plainly, with where it comes from. */
export const KeyFinding: Block = {
  slug: 'keyFinding',
  interfaceName: 'KeyFindingBlock',
  labels: { singular: 'Key finding', plural: 'Key findings' },
  fields: [
    {
      name: 'finding',
      type: 'textarea',
      required: true,
      maxLength: 500,
      admin: { description: 'The result in one or two plain sentences, without overstating it.' },
    },
    {
      name: 'source',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Where it comes from, e.g. "Scientific Reports, 2024".' },
    },
  ],
}
