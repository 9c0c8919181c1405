import { type LexicalNode, TEXT_FORMAT, textFormat } from './rich-text'

/** A glossary term an article may link to. */
export interface LinkableTerm {
  term: string
  slug?: string | null
}

/** The node this module adds to a Lexical tree: the first mention of a term, to be linked. */
export interface GlossaryMentionNode extends LexicalNode {
  type: 'glossaryMention'
  slug: string
  children: LexicalNode[]
}

// Text inside these is never linked: headings are landmarks, links already go somewhere, and
// code or blocks are not running prose.
const SKIPPED = new Set(['heading', 'link', 'autolink', 'block', 'relationship', 'upload'])

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Finds a term as a whole word (or words), whatever its case: "NMDA receptors" is not matched. */
function matcher(term: string): RegExp {
  const words = term.trim().split(/\s+/).map(escape).join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu')
}

/**
 * The article body with the first mention of each glossary term turned into a
 * `glossaryMention` node (rendered as a link to /glossary/<slug>). Mentions in headings, existing
 * links, code and blocks are left alone; the input tree is not changed.
 */
export function linkFirstMentions(nodes: LexicalNode[], terms: LinkableTerm[]): LexicalNode[] {
  const pending = terms
    .filter((term): term is { term: string; slug: string } =>
      Boolean(term.slug && term.term.trim()),
    )
    // The longest term first, so "ketamine infusion" wins over "ketamine" at the same place.
    .sort((a, b) => b.term.length - a.term.length)
    .map((term) => ({ slug: term.slug, pattern: matcher(term.term) }))
  if (pending.length === 0) return nodes

  const linkText = (node: LexicalNode): LexicalNode[] => {
    const out: LexicalNode[] = []
    let rest = node.text ?? ''
    for (;;) {
      let best: { index: number; length: number; at: number } | null = null
      pending.forEach((term, at) => {
        const found = term.pattern.exec(rest)
        if (found && (!best || found.index < best.index)) {
          best = { index: found.index, length: found[0].length, at }
        }
      })
      if (!best) break
      const { index, length, at } = best
      const { slug } = pending.splice(at, 1)[0]!
      if (index > 0) out.push({ ...node, text: rest.slice(0, index) })
      const mention: GlossaryMentionNode = {
        type: 'glossaryMention',
        slug,
        children: [{ ...node, text: rest.slice(index, index + length) }],
      }
      out.push(mention)
      rest = rest.slice(index + length)
    }
    if (rest || out.length === 0) out.push({ ...node, text: rest })
    return out
  }

  const walk = (list: LexicalNode[]): LexicalNode[] =>
    list.flatMap((node) => {
      if (pending.length === 0 || SKIPPED.has(node.type)) return [node]
      if (node.type === 'text') {
        return textFormat(node) & TEXT_FORMAT.code ? [node] : linkText(node)
      }
      return node.children ? [{ ...node, children: walk(node.children) }] : [node]
    })
  return walk(nodes)
}
