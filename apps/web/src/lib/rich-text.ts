import type { RichTextValue } from '@sok/content/plain-text'

/** Rich text as plain text, the one way the site, the admin and search read it. */
export { plainText, richTextPlainText, type RichTextValue } from '@sok/content/plain-text'

/** The parts of a serialized Lexical node the site reads. */
export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  checked?: boolean
  url?: string
  value?: unknown
  /** A relationship node's collection. */
  relationTo?: string
  fields?: {
    url?: string
    newTab?: boolean
    linkType?: string
    /** An internal link's target: the document itself when the CMS populated it, else its id. */
    doc?: { relationTo?: string; value?: unknown } | null
    blockType?: string
    tone?: string
    title?: string
    text?: string
    finding?: string
    source?: string
  }
}

/** Lexical stores a text node's formats as bit flags. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const

/** A text node's format flags (Lexical may leave them out). */
export const textFormat = (node: LexicalNode) => (typeof node.format === 'number' ? node.format : 0)

export function rootNodes(value: RichTextValue): LexicalNode[] {
  return (value?.root?.children ?? []) as LexicalNode[]
}
