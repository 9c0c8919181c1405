import type { Metadata } from 'next'

import type { SizedImage } from './media'

export interface PageSeo {
  /** The page's own title; the layout adds the site name. */
  title: string
  description: string
  /** The page's path on this site, e.g. /articles/x: its canonical address. */
  path: string
  siteName: string
  /** A social image from the CMS; else a generated one with the title. */
  image?: SizedImage | null
  article?: { publishedTime?: string | null; modifiedTime?: string; authors?: string[] }
}

/** Title, description, canonical URL, Open Graph and Twitter tags for one page. */
export function pageMetadata({
  title,
  description,
  path,
  siteName,
  image,
  article,
}: PageSeo): Metadata {
  const images = image
    ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }]
    : [{ url: `/og?${new URLSearchParams({ title })}`, width: 1200, height: 630, alt: title }]
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName,
      locale: 'en_GB',
      images,
      ...(article
        ? {
            type: 'article',
            ...(article.publishedTime ? { publishedTime: article.publishedTime } : {}),
            ...(article.modifiedTime ? { modifiedTime: article.modifiedTime } : {}),
            ...(article.authors?.length ? { authors: article.authors } : {}),
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description, images: images.map((i) => i.url) },
  }
}
