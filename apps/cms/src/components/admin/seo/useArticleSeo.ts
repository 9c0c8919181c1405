'use client'

import { useFormFields } from '@payloadcms/ui'

import { effectiveSeo } from './seoFallbacks'

/** The open article's search appearance, recomputed as the editor types. */
export function useArticleSeo(siteName: string, siteUrl: string) {
  const doc = useFormFields(([fields]) => ({
    title: fields.title?.value as string | undefined,
    summary: fields.summary?.value as string | undefined,
    slug: fields.slug?.value as string | undefined,
    heroImage: fields.heroImage?.value,
    meta: {
      title: fields['meta.title']?.value as string | undefined,
      description: fields['meta.description']?.value as string | undefined,
      image: fields['meta.image']?.value,
    },
  }))
  return effectiveSeo(doc, siteName, siteUrl)
}
