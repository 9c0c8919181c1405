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
