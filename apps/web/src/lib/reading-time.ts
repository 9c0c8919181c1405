import { type RichTextValue, richTextWords } from './rich-text'

/** A calm reading pace for health content read on a phone. */
const WORDS_PER_MINUTE = 220

/** Whole minutes to read the texts, at least one. */
export function readingMinutes(...texts: (string | null | undefined)[]): number {
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

export function articleReadingMinutes(article: {
  summary?: string | null
  body: RichTextValue
  keyTakeaways?: { text: string }[] | null
}): number {
  return readingMinutes(
    article.summary,
    richTextWords(article.body),
    ...(article.keyTakeaways ?? []).map((takeaway) => takeaway.text),
  )
}
