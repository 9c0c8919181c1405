import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

/**
 * Uploads are stored under a name we make: the editor's name reduced to safe characters, with
 * the extension of the type the bytes actually are. An image uploaded as "x.html" is stored as
 * "x.png", so the file server never labels it as a page a browser would run.
 */

const EXTENSIONS: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  // sharp reports AVIF images as HEIF containers.
  heif: 'avif',
}

/** The MIME types the Media collection accepts (ACCEPTED_IMAGE_TYPES), as a file claims them. */
const CLAIMED_IMAGE = /^image\/(jpeg|png|webp|avif|gif)$/i

/** "Brain scan (final).HTML" + "png" → "brain-scan-final.png". */
export function safeUploadName(original: string, extension: string): string {
  const base = original
    .replace(/^.*[/\\]/, '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${base || 'image'}.${extension}`
}

export const storeUnderSafeName: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const format = await Promise.resolve()
    .then(() => sharp(file.tempFilePath || file.data).metadata())
    .then((metadata) => metadata.format as string | undefined)
    .catch(() => undefined)
  const extension = format ? EXTENSIONS[format] : undefined
  if (!extension) {
    // A file that does not even claim to be one of our image types is refused by Payload's own
    // MIME type check, with its field error; this catches the ones dressed up as images.
    if (!CLAIMED_IMAGE.test(file.mimetype)) return args
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: 'This file is not an image we accept: use JPEG, PNG, WebP, AVIF or GIF.',
        },
      ],
    })
  }
  file.name = safeUploadName(file.name, extension)
  return args
}
