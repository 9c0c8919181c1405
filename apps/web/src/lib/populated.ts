/**
 * A relationship from the CMS is either the related document (when the request populated it) or
 * only its id (when it did not, or when the reader may not see it, e.g. a draft). The site shows
 * only what arrived populated.
 */
export function populated<T extends object>(value: number | T | null | undefined): T | null {
  return value !== null && typeof value === 'object' ? value : null
}

export function populatedList<T extends object>(values: (number | T)[] | null | undefined): T[] {
  return (values ?? []).flatMap((value) => {
    const document = populated(value)
    return document ? [document] : []
  })
}
