import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { collectionAccess } from './access'
import { env } from './env'
import { revalidateOnChange, revalidateOnDelete } from './revalidation'

interface ArticleLike {
  title?: string | null
  summary?: string | null
  slug?: string | null
  heroImage?: number | { id: number } | null
}

/**
 * The SEO plugin's "generate" endpoints, answering with the fallbacks the site itself uses (see
 * components/admin/seo/seoFallbacks.ts): the site adds its name after the title, so the title is
 * the article's own. The plugin serves only collections it is configured for (else it answers
 * 403), but it would then append its own `meta` group to them; the articles' fields already have
 * an SEO tab, so their fields are kept as they were.
 */
const seoGenerateEndpoints: Plugin = async (config) => {
  const withSeo = await seoPlugin({
    collections: ['articles'],
    generateTitle: ({ doc }) => (doc as ArticleLike).title ?? '',
    generateDescription: ({ doc }) => (doc as ArticleLike).summary ?? '',
    generateImage: ({ doc }) => {
      const hero = (doc as ArticleLike).heroImage
      return (typeof hero === 'object' && hero ? hero.id : hero) ?? ''
    },
    generateURL: ({ doc }) =>
      `${env.WEB_PUBLIC_URL.replace(/\/+$/, '')}/articles/${(doc as ArticleLike).slug ?? ''}`,
  })(config)
  return { ...withSeo, collections: config.collections }
}

export const plugins: Plugin[] = [
  seoGenerateEndpoints,
  redirectsPlugin({
    collections: ['articles'],
    redirectTypes: ['301', '302', '307', '308'],
    overrides: {
      access: collectionAccess('redirects'),
      hooks: { afterChange: [revalidateOnChange], afterDelete: [revalidateOnDelete] },
      admin: {
        group: 'Settings',
        description: 'Old addresses that should send readers to a new page.',
        hideAPIURL: true,
      },
    },
  }),
]
