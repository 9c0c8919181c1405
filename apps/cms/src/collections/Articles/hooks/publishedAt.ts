import type { FieldHook, RequestContext } from 'payload'

/**
 * The moment this save publishes, the same for every field that records it (the publish date and
 * the last substantive update), whichever field's hook runs first.
 */
export function publishingNow(context: RequestContext): string {
  context.publishingNow ??= new Date().toISOString()
  return context.publishingNow as string
}

/** The first publication stamps the date, unless the editor set one (e.g. to backdate). */
export const stampPublishedAt: FieldHook = ({ value, siblingData, context }) =>
  value ?? (siblingData._status === 'published' ? publishingNow(context) : value)
