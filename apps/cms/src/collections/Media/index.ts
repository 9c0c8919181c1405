import type { CollectionConfig, ImageSize } from 'payload'

import { collectionAccess } from '@/access'
import { env } from '@/env'

import { storeUnderSafeName } from './safeFilename'

/** Images only, and not SVG: an SVG can carry script, and it would be served from our origin. */
export const ACCEPTED_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
]

const webp = (name: string, width: number, height?: number): ImageSize => ({
  name,
  width,
  height,
  withoutEnlargement: true,
  formatOptions: { format: 'webp', options: { quality: 80 } },
})

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: {
    group: 'Content',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    listSearchableFields: ['alt', 'filename', 'caption'],
    hideAPIURL: true,
    description: `Images for articles and bylines: JPEG, PNG, WebP, AVIF or GIF, up to ${env.MEDIA_MAX_MB} MB.`,
  },
  access: collectionAccess('media'),
  hooks: { beforeOperation: [storeUnderSafeName] },
  upload: {
    staticDir: env.MEDIA_DIR,
    mimeTypes: ACCEPTED_IMAGE_TYPES,
    focalPoint: true,
    adminThumbnail: 'card',
    imageSizes: [webp('card', 640, 400), webp('hero', 1600, 900), webp('social', 1200, 630)],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternative text',
      required: true,
      maxLength: 250,
      admin: {
        description:
          'Describe what the image shows for people who cannot see it, e.g. "MRI scan of a brain, side view". Required.',
        components: {
          Field: {
            path: '/components/admin/ValidatedTextField#ValidatedTextField',
            clientProps: { rule: 'altText' },
          },
        },
      },
    },
    {
      name: 'caption',
      type: 'textarea',
      maxLength: 300,
      admin: { description: 'Optional text shown under the image.' },
    },
    {
      name: 'credit',
      type: 'text',
      maxLength: 150,
      admin: { description: 'Who made the image or holds its rights, e.g. "Photo: Jane Doe".' },
    },
  ],
}
