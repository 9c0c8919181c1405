import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { collectionAccess } from './access'
import { revalidateOnChange, revalidateOnDelete } from './revalidation'

interface ArticleLike {
  title?: string | null
  summary?: string | null
}

export const plugins: Plugin[] = [
  // The SEO fields themselves sit in the articles' own "SEO" tab (collections/Articles/fields.ts);
  // the plugin supplies the "generate" buttons.
  seoPlugin({
    generateTitle: ({ doc }) => {
      const title = (doc as ArticleLike).title
      return title ? `${title} · Science of Ketamine` : 'Science of Ketamine'
    },
    generateDescription: ({ doc }) => (doc as ArticleLike).summary ?? '',
  }),
  redirectsPlugin({
    collections: ['articles'],
    redirectTypes: ['301', '302', '307', '308'],
    overrides: {
      access: collectionAccess('redirects'),
      hooks: { afterChange: [revalidateOnChange], afterDelete: [revalidateOnDelete] },
      admin: {
        group: 'Settings',
        description: 'Old addresses that should send readers to a new page.',
      },
    },
  }),
]
