import { cacheTags } from '../cache-tags'
import { defineContentType } from './define'

/** Redirects from old addresses (the redirects plugin's collection). */
export const redirects = defineContentType({
  collection: 'redirects',
  tags: { list: cacheTags.redirects },
})
