import { cacheTags } from '../cache-tags'
import { defineContentType } from './define'

export const categories = defineContentType({
  collection: 'categories',
  tags: { list: cacheTags.categories, item: cacheTags.category },
  path: (slug) => `/categories/${slug}`,
})
