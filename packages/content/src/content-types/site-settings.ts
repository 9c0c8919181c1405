import { cacheTags } from '../cache-tags'
import { defineContentType } from './define'

/** Header, footer and recurring texts: a global, shown on every page. */
export const siteSettings = defineContentType({
  collection: 'site-settings',
  global: true,
  tags: { list: cacheTags.siteSettings },
})
