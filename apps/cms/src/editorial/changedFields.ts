/** A field an editor knows by its label, as the version history names it. */
export type NamedField = { name: string; label: string }

/**
 * Missing, null, empty text, an unticked box, empty lists and empty groups all mean "nothing
 * there" to an editor.
 */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.values(value).every(isEmpty)
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false
    }
  }
  return true
}

/**
 * The labels of the fields whose values differ between two saved versions of a document, in the
 * order the fields appear in the editor ("Title, Body, References"). Against `{}`, the fields
 * that were filled in.
 */
export function changedFields(
  newer: Record<string, unknown>,
  older: Record<string, unknown>,
  fields: NamedField[],
): string[] {
  return fields.filter(({ name }) => !sameValue(newer[name], older[name])).map(({ label }) => label)
}
