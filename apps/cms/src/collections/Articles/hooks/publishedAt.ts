import type { FieldHook } from 'payload'

/** The first publication stamps the date, unless the editor set one (e.g. to backdate). */
export const stampPublishedAt: FieldHook = ({ value, siblingData }) =>
  value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)
