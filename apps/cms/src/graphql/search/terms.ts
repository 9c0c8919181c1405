import { SEARCH_LIMITS } from '@sok/content/search-limits'

export { SEARCH_LIMITS }

export type SearchInput =
  { ok: true; text: string; tsquery: string; limit: number } | { ok: false; message: string }

/**
 * Checks a visitor's search text and turns it into a Postgres tsquery that matches each word as a
 * prefix ("keta" finds "ketamine"). Only letters and digits reach the query, so no input can break
 * its syntax.
 */
export function parseSearchInput(rawText: unknown, rawLimit?: unknown): SearchInput {
  const text = typeof rawText === 'string' ? rawText.trim().replace(/\s+/g, ' ') : ''
  const { minLength, maxLength, maxWords, defaultResults, maxResults } = SEARCH_LIMITS
  if (text.length < minLength || text.length > maxLength) {
    return {
      ok: false,
      message: `Search text must be between ${minLength} and ${maxLength} characters long.`,
    }
  }
  const limit = rawLimit ?? defaultResults
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > maxResults) {
    return { ok: false, message: `limit must be a whole number from 1 to ${maxResults}.` }
  }
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, maxWords)
  if (words.length === 0) {
    return { ok: false, message: 'Search text must contain at least one letter or digit.' }
  }
  return { ok: true, text, tsquery: words.map((word) => `${word}:*`).join(' & '), limit }
}
