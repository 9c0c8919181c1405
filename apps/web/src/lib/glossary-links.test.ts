import { describe, expect, it } from 'vitest'

import { type GlossaryMentionNode, linkFirstMentions } from './glossary-links'
import type { LexicalNode } from './rich-text'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const TERMS = [
  { term: 'NMDA receptor', slug: 'nmda-receptor' },
  { term: 'ketamine', slug: 'ketamine' },
  { term: 'ketamine infusion', slug: 'ketamine-infusion' },
]

/** The tree as text, mentions in [brackets with their slug]. */
function show(nodes: LexicalNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text
      const inner = show(node.children ?? [])
      if (node.type === 'glossaryMention') return `[${inner}→${(node as GlossaryMentionNode).slug}]`
      return node.type === 'paragraph' ? `${inner}|` : `<${node.type}>${inner}</${node.type}>`
    })
    .join('')
}

describe('linkFirstMentions', () => {
  it('links the first mention of each term only, whatever its case', () => {
    const body = [
      paragraph(text('The nmda receptor binds ketamine. Ketamine again.')),
      paragraph(text('Another NMDA receptor.')),
    ]
    expect(show(linkFirstMentions(body, TERMS))).toBe(
      'The [nmda receptor→nmda-receptor] binds [ketamine→ketamine]. Ketamine again.|Another NMDA receptor.|',
    )
  })

  it('prefers the longer term at the same place and matches whole words only', () => {
    const body = [paragraph(text('Ketamines aside, a ketamine infusion then ketamine.'))]
    expect(show(linkFirstMentions(body, TERMS))).toBe(
      'Ketamines aside, a [ketamine infusion→ketamine-infusion] then [ketamine→ketamine].|',
    )
  })

  it('leaves headings, existing links and code alone and links the next mention instead', () => {
    const body: LexicalNode[] = [
      { type: 'heading', tag: 'h2', children: [text('Ketamine')] },
      paragraph(
        { type: 'link', fields: { url: 'https://example.org' }, children: [text('ketamine')] },
        text('ketamine', 16),
        text(' and ketamine.'),
      ),
    ]
    expect(show(linkFirstMentions(body, TERMS))).toBe(
      '<heading>Ketamine</heading><link>ketamine</link>ketamine and [ketamine→ketamine].|',
    )
  })

  it('keeps the text format of the mention and does not change its input', () => {
    const body = [paragraph(text('Bold ketamine', 1))]
    const before = JSON.stringify(body)
    const [linked] = linkFirstMentions(body, TERMS)
    expect(linked!.children![1]).toEqual({
      type: 'glossaryMention',
      slug: 'ketamine',
      children: [{ type: 'text', text: 'ketamine', format: 1 }],
    })
    expect(JSON.stringify(body)).toBe(before)
  })

  it('treats a term as text, not as a pattern', () => {
    const body = [paragraph(text('5-HT2A (serotonin) and 5xHT2A'))]
    const terms = [
      { term: '5-HT2A (serotonin)', slug: 'serotonin' },
      { term: 'a.b', slug: 'ab' },
    ]
    expect(show(linkFirstMentions(body, terms))).toBe('[5-HT2A (serotonin)→serotonin] and 5xHT2A|')
  })
})
