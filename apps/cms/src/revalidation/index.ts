import { contentTypeOf } from '@sok/content/content-types'
import type { CollectionConfig, GlobalConfig } from 'payload'

import { revalidateGlobal, revalidateOnChange, revalidateOnDelete } from './hooks'

export { REVALIDATE_QUEUE, revalidateSiteTask } from './task'
export { revalidateOnChange, revalidateOnDelete }

/** Adds the "tell the site" hooks to a collection the public site shows. */
export function withRevalidation(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), revalidateOnChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateOnDelete],
    },
  }
}

export function withGlobalRevalidation(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), revalidateGlobal],
    },
  }
}

/**
 * The "tell the site" hooks for every collection a registered content type is about
 * (@sok/content/content-types); other collections are returned as they are.
 */
export function withSiteRevalidation(collection: CollectionConfig): CollectionConfig {
  return contentTypeOf(collection.slug) ? withRevalidation(collection) : collection
}
