/** What a search may ask for: the CMS enforces these, the site's search box respects them. */
export const SEARCH_LIMITS = {
  minLength: 2,
  maxLength: 100,
  maxWords: 8,
  defaultResults: 10,
  maxResults: 20,
} as const
