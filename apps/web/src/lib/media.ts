import type { Media } from '@sok/content'

import { populated } from './populated'

export type ImageSize = keyof NonNullable<Media['sizes']>

export interface SizedImage {
  src: string
  width: number
  height: number
  alt: string
}

/**
 * One of the CMS's resized variants of an image (card, hero, social), with its real width and
 * height so the page reserves its space before it loads. Falls back to the original upload.
 */
export function sizedImage(
  value: number | Media | null | undefined,
  size: ImageSize,
): SizedImage | null {
  const media = populated(value)
  if (!media) return null
  const variant = media.sizes?.[size]
  if (variant?.url && variant.width && variant.height) {
    return { src: variant.url, width: variant.width, height: variant.height, alt: media.alt }
  }
  if (media.url && media.width && media.height) {
    return { src: media.url, width: media.width, height: media.height, alt: media.alt }
  }
  return null
}
