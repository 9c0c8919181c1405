/** Field validators that return the message an editor sees, or true. */

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/

export function validateDoi(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !DOI_PATTERN.test(value)) {
    return 'Enter the DOI on its own, like 10.1038/s41598-024-54370-9 (without https://doi.org/).'
  }
  return true
}

export function validateWebUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const message = 'Enter a full web address starting with https://, like https://example.org/page.'
  if (typeof value !== 'string') return message
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : message
  } catch {
    return message
  }
}

/** A link in navigation: a path on this site ("/faq") or a full web address. */
export function validateSiteLink(value: unknown): true | string {
  if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) return true
  const web = validateWebUrl(value)
  if (web !== true || !value)
    return 'Enter a path on this site like /faq, or a full https:// address.'
  return true
}

/** Strips whitespace a DOI often arrives with when pasted, and the resolver prefix. */
export function normaliseDoi(value: unknown): unknown {
  if (typeof value !== 'string') return value
  return value.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
}

/** Alternative text: required, because a reader who cannot see the image gets nothing else. */
export function validateAltText(value: unknown): true | string {
  if (typeof value !== 'string' || !value.trim()) {
    return 'Describe the image for people who cannot see it, e.g. "MRI scan of a brain, side view".'
  }
  return true
}
