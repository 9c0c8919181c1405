import { type Field, slugField as payloadSlugField, type TextField } from 'payload'

/** "Ketamine & the Brain: 2024!" becomes "ketamine-and-the-brain-2024". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The message an editor sees for a slug that cannot be part of an address, or true. */
export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || !value) {
    return 'The slug needs at least one letter or digit: add it here or to the title.'
  }
  if (!SLUG_PATTERN.test(value)) {
    return 'Use only lower-case letters, digits and single hyphens, e.g. "ketamine-and-sleep".'
  }
  return true
}

/**
 * A URL slug made from another field: Payload's own slug field, with our slugify ("&" becomes
 * "and", accents dropped, at most 96 characters) and a readable validation message.
 *
 * Payload's field keeps following the source field while a draft has never been published and the
 * editor has not typed a slug, so autosave never locks in a half-typed title; after the first
 * publication the slug stays put until an editor unlocks and changes it (a published article then
 * gets a redirect from its old address, see collections/Articles/hooks/redirectOldSlug.ts).
 */
export function slugField(sourceField = 'title'): Field {
  return payloadSlugField({
    useAsSlug: sourceField,
    // Filled in from the source field on create; `validateSlug` refuses an empty one on publish.
    required: false,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : undefined,
    overrides: (row) => {
      const [generate, slug] = row.fields as [Field, TextField]
      return {
        ...row,
        fields: [
          {
            ...generate,
            admin: {
              ...generate.admin,
              description: `While ticked, the slug follows the ${sourceField} until first published.`,
            },
          } as Field,
          {
            ...slug,
            label: 'URL slug',
            validate: (value: unknown) => validateSlug(value),
            admin: {
              ...slug.admin,
              description: `The last part of the page address, made from the ${sourceField}. Press "Unlock" to change it yourself.`,
              components: {
                Field: {
                  path: '/components/admin/SlugFieldWithHelp#SlugFieldWithHelp',
                  clientProps: { useAsSlug: sourceField },
                },
              },
            },
          },
        ],
      }
    },
  })
}
