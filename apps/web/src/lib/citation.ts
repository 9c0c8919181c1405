import type { Article } from '@sok/content'

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

/** Where a reader can open the paper: the DOI resolver first, else the web address. */
export function citationLinks(reference: Reference): { doi?: string; url?: string } {
  const doi = reference.doi?.trim()
  return {
    ...(doi ? { doi: `https://doi.org/${doi}` } : {}),
    ...(reference.url ? { url: reference.url } : {}),
  }
}
