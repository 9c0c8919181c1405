import type { FieldHook } from 'payload'

/**
 * "Last substantive update" starts as the publish date and moves only when an editor moves it.
 * A save that does not send the field (an API update of a related article, a review flag) keeps
 * what was there; an empty value falls back to the publish date, once there is one.
 */
export const defaultContentUpdatedAt: FieldHook = ({
  value,
  previousValue,
  siblingData,
  originalDoc,
}) => {
  const current: unknown = value === undefined ? previousValue : value
  if (current) return current
  const publishedAt: unknown =
    siblingData.publishedAt ??
    (originalDoc as { publishedAt?: unknown } | undefined)?.publishedAt ??
    // Published right now: the publish date is being stamped by its own hook at the same time.
    (siblingData._status === 'published' ? new Date().toISOString() : null)
  return publishedAt ?? current
}
