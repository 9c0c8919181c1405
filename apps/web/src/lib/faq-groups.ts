import type { Category, FaqEntry } from '@sok/content'

import { populated } from './populated'

export interface FaqGroup {
  title: string
  slug: string
  faqs: FaqEntry[]
}

/** FAQs grouped by category, groups in the given category order, unfiled questions last. */
export function groupFaqs(
  faqs: FaqEntry[],
  categoryOrder: Pick<Category, 'slug' | 'title'>[],
): FaqGroup[] {
  const groups = new Map<string, FaqGroup>()
  for (const category of categoryOrder) {
    if (category.slug)
      groups.set(category.slug, { title: category.title, slug: category.slug, faqs: [] })
  }
  const general: FaqGroup = { title: 'General questions', slug: 'general', faqs: [] }
  for (const faq of faqs) {
    const category = populated(faq.category)
    const group = (category?.slug && groups.get(category.slug)) || general
    group.faqs.push(faq)
  }
  return [...groups.values(), general].filter((group) => group.faqs.length > 0)
}
