import type { FieldHook } from 'payload'

/**
 * Whoever saves, by hand or by autosave, is the one who changed it; a save without a signed-in
 * user (the scheduled-publishing job, a script) keeps the last person.
 */
export const stampLastChangedBy: FieldHook = ({ req, value, originalDoc }) =>
  req.user?.collection === 'users' ? req.user.id : (value ?? originalDoc?.lastChangedBy)
