import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { env } from '@/env'

/**
 * Uploads on S3-compatible object storage when S3_BUCKET is set, so every CMS instance sees every
 * image; otherwise on local disk (MEDIA_DIR), as on a laptop. The plugin is always registered
 * (alwaysInsertFields) so the database schema is the same either way.
 *
 * Image URLs: by default they stay the CMS's own `/api/media/file/…` addresses and the CMS streams
 * the file from the bucket: the bucket stays private and the site's URLs do not change. With
 * S3_PUBLIC_URL (a public bucket or a CDN in front of it), URLs point there instead and browsers
 * load images without the CMS.
 */
export function mediaStorage(): Plugin {
  const publicUrl = env.S3_PUBLIC_URL?.replace(/\/+$/, '')
  return s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    alwaysInsertFields: true,
    bucket: env.S3_BUCKET ?? 'unused',
    collections: {
      media: publicUrl
        ? {
            disablePayloadAccessControl: true,
            generateFileURL: ({ filename, prefix }) =>
              [publicUrl, prefix, encodeURIComponent(filename)].filter(Boolean).join('/'),
          }
        : true,
    },
    config: {
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
    },
  })
}
