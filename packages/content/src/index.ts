export { cacheTags } from './cache-tags'
export {
  type ArticleCard,
  type ContentClient,
  type ContentClientOptions,
  ContentRequestError,
  createContentClient,
  type Paginated,
} from './client'
export { LATEST_ARTICLES_PAGE_SIZE, latestArticlesQuery } from './query-options'
export type * from './payload-types'
