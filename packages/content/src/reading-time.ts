/**
 * Words and reading time of an article, shared by the site (shown to readers) and the admin (shown
 * beside the body while writing), so both count the same way.
 */

import { richTextPlainText, type RichTextValue } from './plain-text'

/** A calm reading pace for health content read on a phone. */
const WORDS_PER_MINUTE = 220

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
  richTextPlainText(article.body),
  ...(article.keyTakeaways ?? []).map((takeaway) => takeaway.text),
]

export function articleWordCount(article: ArticleText): number {
  return countWords(...articleTexts(article))
}

export function articleReadingMinutes(article: ArticleText): number {
  return readingMinutes(...articleTexts(article))
}
