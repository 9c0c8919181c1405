import type { Field, FieldHook } from 'payload'

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

const fillFromSource =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** A URL slug, filled in from another field when left empty, always URL-safe and unique. */
export function slugField(sourceField = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    label: 'URL slug',
    // Not `required` in the schema: the hook fills it from the source field, and the validator
    // below still refuses to save a document without a valid slug.
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `The last part of the page address. Leave empty to create it from the ${sourceField}.`,
    },
    hooks: { beforeValidate: [fillFromSource(sourceField)] },
    // The admin checks the form before the hook has filled the slug in, so an empty slug is
    // fine as long as the source field will produce one.
    validate: (value: unknown, { data }: { data: Partial<Record<string, unknown>> }) => {
      const slug =
        typeof value === 'string' && value ? value : slugify(String(data?.[sourceField] ?? ''))
      if (!slug) return 'The slug needs at least one letter or digit: add it here or to the title.'
      if (!SLUG_PATTERN.test(slug)) {
        return 'Use only lower-case letters, digits and single hyphens, e.g. "ketamine-and-sleep".'
      }
      return true
    },
  }
}
