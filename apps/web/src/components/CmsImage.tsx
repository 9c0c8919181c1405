import Image from 'next/image'

import type { SizedImage } from '@/lib/media'

interface Props {
  image: SizedImage
  sizes: string
  /** Above the fold (the article's hero): load it first. */
  preload?: boolean
  /** Decorative next to a text that says the same (cards): empty alt. */
  decorative?: boolean
  className?: string
}

/** An image from the CMS at its real size, so the page keeps its space while it loads. */
export function CmsImage({ image, sizes, preload = false, decorative = false, className }: Props) {
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : image.alt}
      sizes={sizes}
      preload={preload}
      loading={preload ? 'eager' : 'lazy'}
      className={className}
    />
  )
}
