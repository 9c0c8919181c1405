export { cacheTags } from './cache-tags'
export * from './content-types'
export {
  type ArticleCard,
  type ArticleFilter,
  type ArticleListing,
  type ArticlePage,
  type AuthorProfile,
  type CategorySummary,
  type ContentClient,
  type ContentClientOptions,
  ContentRequestError,
  createContentClient,
  type FaqEntry,
  type Paginated,
  type SiteRedirect,
} from './client'
export {
  LATEST_ARTICLES_PAGE_SIZE,
  latestArticlesQuery,
  normaliseSearchText,
  searchQuery,
} from './query-options'
export { SEARCH_LIMITS } from './search-limits'
export type {
  ArticleSearchHit,
  FaqSearchHit,
  SearchCategory,
  SearchEntry,
  SearchResults,
} from './search-results'
export type * from './payload-types'
