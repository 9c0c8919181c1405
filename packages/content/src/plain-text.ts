/**
 * Rich text (Lexical JSON) as plain text, one way for everyone who needs it: reading time and
 * word counts, headings' anchors and the table of contents, JSON-LD, the search's FAQ answers.
 * The article search index reads the same text in SQL (see the search_block_text migration).
 */

/** The parts of a serialized Lexical node that hold readable text. */
export interface LexicalTextNode {
  type: string
  text?: string
  children?: LexicalTextNode[]
  /** A block's fields (`type: 'block'`). */
  fields?: object
}

export type RichTextValue = { root: { children: unknown[] } } | null | undefined

/** The block fields readers see as text: a callout's title and text, a key finding and its source. */
const BLOCK_TEXT_FIELDS = ['title', 'text', 'finding', 'source'] as const

/** Nodes that sit inside a line of text; their text runs on without a space. */
const INLINE = new Set(['text', 'link', 'autolink'])

/** The text of a node and everything inside it, blocks included. */
export function plainText(node: LexicalTextNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return ' '
  if (node.type === 'block') {
    const fields = (node.fields ?? {}) as Partial<
      Record<(typeof BLOCK_TEXT_FIELDS)[number], unknown>
    >
    return joinText(BLOCK_TEXT_FIELDS.map((name) => fields[name]))
  }
  const children = node.children ?? []
  const inline = children.every((child) => INLINE.has(child.type) || child.type === 'linebreak')
  return inline ? children.map(plainText).join('') : joinText(children.map(plainText))
}

/** All the text of a rich text value, paragraphs and blocks separated by a space. */
export function richTextPlainText(value: RichTextValue): string {
  return joinText(((value?.root?.children ?? []) as LexicalTextNode[]).map(plainText))
}

const joinText = (parts: unknown[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ')
