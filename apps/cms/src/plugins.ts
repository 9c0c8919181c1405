import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Article } from '@sok/content/payload-types'
import type { Plugin } from 'payload'

import { collectionAccess } from './access'
import { env } from './env'
import { revalidateOnChange, revalidateOnDelete } from './revalidation'

/** What the editor's form holds when they ask for a suggestion: an article, perhaps half written. */
type ArticleDraft = { doc: Partial<Article> }

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
    generateTitle: ({ doc }: ArticleDraft) => doc.title ?? '',
    generateDescription: ({ doc }: ArticleDraft) => doc.summary ?? '',
    generateImage: ({ doc }: ArticleDraft) => {
      const hero = doc.heroImage
      return (typeof hero === 'object' && hero ? hero.id : hero) ?? ''
    },
    generateURL: ({ doc }: ArticleDraft) =>
      `${env.WEB_PUBLIC_URL.replace(/\/+$/, '')}/articles/${doc.slug ?? ''}`,
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
