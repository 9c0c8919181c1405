import { contentTypeOf } from '@sok/content/content-types'
import type { CollectionConfig, GlobalConfig } from 'payload'

import { revalidateGlobal, revalidateOnChange, revalidateOnDelete } from './hooks'

export { REVALIDATE_QUEUE, revalidateSiteTask } from './task'
export { revalidateOnChange, revalidateOnDelete }

/** A list of hooks with one more at its end. */
const plus = <Hook>(hooks: Hook[] | undefined, hook: Hook): Hook[] => [...(hooks ?? []), hook]

/** Adds the "tell the site" hooks to a collection the public site shows. */
export function withRevalidation(collection: CollectionConfig): CollectionConfig {
  const { hooks = {} } = collection
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: plus(hooks.afterChange, revalidateOnChange),
      afterDelete: plus(hooks.afterDelete, revalidateOnDelete),
    },
  }
}

/** Adds the "tell the site" hook to a global the public site shows (the site settings). */
export function withGlobalRevalidation(global: GlobalConfig): GlobalConfig {
  const { hooks = {} } = global
  return { ...global, hooks: { ...hooks, afterChange: plus(hooks.afterChange, revalidateGlobal) } }
}

/**
 * The "tell the site" hooks for every collection a registered content type is about
 * (@sok/content/content-types); other collections are returned as they are.
 */
export function withSiteRevalidation(collection: CollectionConfig): CollectionConfig {
  return contentTypeOf(collection.slug) ? withRevalidation(collection) : collection
}
