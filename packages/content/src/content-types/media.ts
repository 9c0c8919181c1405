import { defineContentType } from './define'

/** Images are shown by other types (see their `shows`); a media change expires those. */
export const media = defineContentType({ collection: 'media', tags: { list: 'media' } })
