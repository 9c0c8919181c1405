/**
 * Words and reading time of an article, shared by the site (shown to readers) and the admin (shown
 * beside the body while writing), so both count the same way.
 */

interface LexicalNode {
  type: string
  text?: string
  children?: LexicalNode[]
  fields?: { title?: string; text?: string; finding?: string; source?: string }
}

export type RichTextValue = { root: { children: unknown[] } } | null | undefined

/** A calm reading pace for health content read on a phone. */
const WORDS_PER_MINUTE = 220

/** All the readable words of a rich text value, blocks included. */
export function richTextWords(value: RichTextValue): string {
  const words: string[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'text' && node.text) words.push(node.text)
    if (node.type === 'block') {
      const { title, text, finding, source } = node.fields ?? {}
      words.push(...[title, text, finding, source].filter((part): part is string => !!part))
    }
    node.children?.forEach(visit)
  }
  ;((value?.root?.children ?? []) as LexicalNode[]).forEach(visit)
  return words.join(' ')
}

/** How many words the texts have together. */
export function countWords(...texts: (string | null | undefined)[]): number {
  return texts.join(' ').split(/\s+/).filter(Boolean).length
}

/** Whole minutes to read the texts, at least one. */
export function readingMinutes(...texts: (string | null | undefined)[]): number {
  return Math.max(1, Math.round(countWords(...texts) / WORDS_PER_MINUTE))
}

export interface ArticleText {
  summary?: string | null
  body: RichTextValue
  keyTakeaways?: { text?: string | null }[] | null
}

const articleTexts = (article: ArticleText) => [
  article.summary,
  richTextWords(article.body),
  ...(article.keyTakeaways ?? []).map((takeaway) => takeaway.text),
]

export function articleWordCount(article: ArticleText): number {
  return countWords(...articleTexts(article))
}

export function articleReadingMinutes(article: ArticleText): number {
  return readingMinutes(...articleTexts(article))
}
