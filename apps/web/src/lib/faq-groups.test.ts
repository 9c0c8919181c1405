import type { FaqEntry } from '@sok/content'
import { describe, expect, it } from 'vitest'

import { groupFaqs } from './faq-groups'

const faq = (id: number, category: FaqEntry['category']) =>
  ({ id, question: `Q${id}?`, answer: { root: { children: [] } }, category }) as unknown as FaqEntry

describe('groupFaqs', () => {
  it('groups by category in the given order, unfiled last, empty groups left out', () => {
    const a = { id: 1, title: 'A', slug: 'a' }
    const b = { id: 2, title: 'B', slug: 'b' }
    const groups = groupFaqs(
      [faq(1, b as never), faq(2, null), faq(3, a as never)],
      [a, b, { title: 'C', slug: 'c' }],
    )
    expect(groups.map((group) => [group.slug, group.faqs.map((entry) => entry.id)])).toEqual([
      ['a', [3]],
      ['b', [1]],
      ['general', [2]],
    ])
  })
})
