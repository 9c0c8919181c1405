import type { Article, Media } from '@sok/content/payload-types'
import type { Payload } from 'payload'

import { env } from '@/env'

import type { NewsletterContent } from './email'

const site = () => env.WEB_PUBLIC_URL.replace(/\/+$/, '')
const absolute = (base: string, link: string) =>
  /^https?:\/\//i.test(link) ? link : `${base}${link.startsWith('/') ? '' : '/'}${link}`

/** What the email of an article says, editable under the article's "Newsletter" fields. */
export function subjectOf(article: Pick<Article, 'title' | 'newsletter'>): string {
  return article.newsletter?.subject?.trim() || article.title
}

/**
 * Mail clients cannot all show WebP (desktop Outlook), so a JPEG/PNG/GIF original is used when it
 * is of a sensible size; otherwise the resized WebP hero.
 */
function heroOf(media: Article['heroImage']): NewsletterContent['hero'] {
  if (!media || typeof media !== 'object') return undefined
  const image = media as Media
  const original =
    image.url &&
    image.width &&
    image.height &&
    /^image\/(jpeg|png|gif)$/.test(image.mimeType ?? '') &&
    image.width <= 2400 &&
    (image.filesize ?? 0) <= 1_500_000
      ? { url: image.url, width: image.width, height: image.height }
      : null
  const hero = image.sizes?.hero
  const chosen =
    original ??
    (hero?.url && hero.width && hero.height
      ? { url: hero.url, width: hero.width, height: hero.height }
      : null)
  if (!chosen) return undefined
  return {
    src: absolute(env.CMS_PUBLIC_URL.replace(/\/+$/, ''), chosen.url),
    alt: image.alt,
    width: chosen.width,
    height: chosen.height,
  }
}

/** The email's content for an article (read with depth 1, so the hero image is populated). */
export async function newsletterContent(
  payload: Payload,
  article: Article,
): Promise<NewsletterContent> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const base = site()
  return {
    subject: subjectOf(article),
    previewText: article.newsletter?.previewText?.trim() || article.summary,
    title: article.title,
    summary: article.summary,
    articleUrl: `${base}/articles/${article.slug}`,
    hero: heroOf(article.heroImage),
    siteName: settings.siteName,
    siteUrl: base,
    footerText: settings.footer?.text ?? undefined,
    footerLinks: (settings.footer?.links ?? []).map((link) => ({
      label: link.label,
      href: absolute(base, link.link),
    })),
  }
}
