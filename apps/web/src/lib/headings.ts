import { type LexicalNode, plainText, type RichTextValue, rootNodes } from './rich-text'

/** A stable, URL-safe id for a heading, so readers can link to a section. */
export function headingId(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  )
}

export interface TocEntry {
  id: string
  text: string
  level: 2 | 3
}

/**
 * Ids for the headings of a body, in order, unique within the page ("results", "results-2"), so
 * the rich text renderer and the table of contents agree.
 */
export function headingIds(nodes: LexicalNode[]): Map<LexicalNode, string> {
  const ids = new Map<LexicalNode, string>()
  const seen = new Map<string, number>()
  for (const node of nodes) {
    if (node.type !== 'heading') continue
    const base = headingId(plainText(node))
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    ids.set(node, count === 1 ? base : `${base}-${count}`)
  }
  return ids
}

/** The table of contents: the body's h2 and h3 headings. */
export function tableOfContents(value: RichTextValue): TocEntry[] {
  const nodes = rootNodes(value)
  const ids = headingIds(nodes)
  return nodes.flatMap((node) => {
    const id = ids.get(node)
    if (!id || (node.tag !== 'h2' && node.tag !== 'h3')) return []
    return [{ id, text: plainText(node), level: node.tag === 'h2' ? 2 : 3 } as TocEntry]
  })
}
