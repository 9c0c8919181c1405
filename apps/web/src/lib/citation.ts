import type { Article } from '@sok/content'

import { safeLink } from './safe-url'

export type Reference = NonNullable<Article['references']>[number]

/** "Smith J, Jones A. Title. Journal. 2024." in the order a reader expects, skipping blanks. */
export function citationText(reference: Reference): string {
  const sentence = (part: string | number | null | undefined) => {
    const text = String(part ?? '').trim()
    if (!text) return ''
    return /[.?!]$/.test(text) ? text : `${text}.`
  }
  return [reference.authors, reference.title, reference.journal, reference.year]
    .map(sentence)
    .filter(Boolean)
    .join(' ')
}

/**
 * Where a reader can open the paper: the DOI resolver first, else the web address. Both pass
 * `safeLink` at render, whatever the CMS let through: a `data:` or `javascript:` address, or a
 * DOI that escapes doi.org, is not linked.
 */
export function citationLinks(reference: Reference): { doi?: string; url?: string } {
  const doi = reference.doi?.trim()
  const doiLink = doi ? safeLink(`https://doi.org/${doi}`, '') : null
  const urlLink = safeLink(reference.url, '')
  return {
    ...(doiLink && new URL(doiLink.href).host === 'doi.org' ? { doi: doiLink.href } : {}),
    ...(urlLink && /^https?:$/.test(new URL(urlLink.href, 'https://site.invalid').protocol)
      ? { url: urlLink.href }
      : {}),
  }
}
