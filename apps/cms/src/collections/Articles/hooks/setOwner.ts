import type { CollectionBeforeChangeHook } from 'payload'

/** A new article belongs to whoever created it, unless an editor chose someone else. */
export const setOwner: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && !data.owner && req.user?.collection === 'users') {
    return { ...data, owner: req.user.id }
  }
  return data
}
