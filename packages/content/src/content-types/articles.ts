import { cacheTags } from '../cache-tags'
import { defineContentType } from './define'

/** Articles: their getters are the core of the content client (../client.ts). */
export const articles = defineContentType({
  collection: 'articles',
  tags: { list: cacheTags.articles, item: cacheTags.article },
  // Article pages show bylines, categories, FAQs and images.
  shows: ['authors', 'categories', 'faqs', 'media'],
  path: (slug) => `/articles/${slug}`,
})
