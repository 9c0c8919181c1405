import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type LexicalValue = ReturnType<typeof convertMarkdownToLexical>
type LexicalNode = LexicalValue['root']['children'][number]

const BLOCK_LINE = /^\[\[(keyFinding|callout(?::(info|caution|tip))?):\s*(.+?)\]\]\s*$/

let blockCounter = 0

function blockNode(kind: string, tone: string | undefined, content: string): LexicalNode {
  const [first = '', second] = content.split('|').map((part) => part.trim())
  const fields =
    kind === 'keyFinding'
      ? { blockType: 'keyFinding', finding: first, source: second ?? '' }
      : second === undefined
        ? { blockType: 'callout', tone: tone ?? 'info', title: '', text: first }
        : { blockType: 'callout', tone: tone ?? 'info', title: first, text: second }
  blockCounter += 1
  const id = `seed${Date.now().toString(16)}${blockCounter.toString(16).padStart(6, '0')}`
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id, blockName: '', ...fields },
  } as unknown as LexicalNode
}

/** Seed link prefixes (`[words](article:<slug>)`) and the collections they point into. */
const INTERNAL_LINK = /^(article|author|category):([a-z0-9-]+)$/
const LINKED_COLLECTIONS = {
  article: 'articles',
  author: 'authors',
  category: 'categories',
} as const
export type LinkedCollection = (typeof LINKED_COLLECTIONS)[keyof typeof LINKED_COLLECTIONS]

/** The id of the seeded document with this slug; throws for an unknown one. */
export type ResolveSlug = (collection: LinkedCollection, slug: string) => number

type MutableNode = {
  type?: string
  fields?: Record<string, unknown>
  children?: MutableNode[]
}

/** Turns seed links such as `article:<slug>` into the editor's internal links to that document. */
function linkInternally(nodes: MutableNode[], resolve: ResolveSlug) {
  for (const node of nodes) {
    const match = node.type === 'link' ? INTERNAL_LINK.exec(String(node.fields?.url)) : null
    if (match) {
      const relationTo = LINKED_COLLECTIONS[match[1] as keyof typeof LINKED_COLLECTIONS]
      node.fields = {
        ...node.fields,
        linkType: 'internal',
        url: undefined,
        doc: { relationTo, value: resolve(relationTo, match[2]!) },
      }
    }
    if (node.children) linkInternally(node.children, resolve)
  }
}

/**
 * Markdown (with block lines and internal links, see content/types.ts) to the Lexical value the
 * article editor stores. Markdown runs are converted by Payload's own converter with the field's
 * editor config.
 */
export async function markdownToRichText(
  markdown: string,
  config: SanitizedConfig,
  editor?: Parameters<typeof editorConfigFactory.fromEditor>[0]['editor'],
  resolve?: ResolveSlug,
): Promise<LexicalValue> {
  const editorConfig = editor
    ? await editorConfigFactory.fromEditor({ config, editor })
    : await editorConfigFactory.default({ config })
  const children: LexicalNode[] = []
  let pending: string[] = []
  const flush = () => {
    const text = pending.join('\n').trim()
    pending = []
    if (text)
      children.push(...convertMarkdownToLexical({ editorConfig, markdown: text }).root.children)
  }
  for (const line of markdown.split('\n')) {
    const block = BLOCK_LINE.exec(line)
    if (!block) {
      pending.push(line)
      continue
    }
    flush()
    children.push(
      blockNode(block[1]!.startsWith('callout') ? 'callout' : 'keyFinding', block[2], block[3]!),
    )
  }
  flush()
  if (resolve) linkInternally(children as MutableNode[], resolve)
  const empty = convertMarkdownToLexical({ editorConfig, markdown: '' })
  return { ...empty, root: { ...empty.root, children } }
}
