import { cacheTags } from '../cache-tags'
import { defineContentType } from './define'

/** FAQs are listed on one page (/faq) and inside articles; they have no page of their own. */
export const faqs = defineContentType({ collection: 'faqs', tags: { list: cacheTags.faqs } })
