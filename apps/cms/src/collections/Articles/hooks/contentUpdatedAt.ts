import type { FieldHook } from 'payload'

import { publishingNow } from './publishedAt'

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
  context,
}) => {
  const current: unknown = value === undefined ? previousValue : value
  if (current) return current
  const publishedAt: unknown =
    siblingData.publishedAt ??
    (originalDoc as { publishedAt?: unknown } | undefined)?.publishedAt ??
    // Published right now: the publish date's own hook stamps the same moment.
    (siblingData._status === 'published' ? publishingNow(context) : null)
  return publishedAt ?? current
}
