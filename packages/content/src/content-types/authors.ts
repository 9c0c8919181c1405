import { cacheTags } from '../cache-tags'
import { defineContentType } from './define'

export const authors = defineContentType({
  collection: 'authors',
  tags: { list: cacheTags.authors, item: cacheTags.author },
  // An author page shows the author's photo.
  shows: ['media'],
  path: (slug) => `/authors/${slug}`,
})
