'use client'

import { useFormFields } from '@payloadcms/ui'
import {
  articleReadingMinutes,
  articleWordCount,
  type ArticleText,
} from '@sok/content/reading-time'

const TAKEAWAY = /^keyTakeaways\.\d+\.text$/

/** Beside the body: words and reading time, counted as the site counts them for readers. */
export function ArticleStats() {
  const article = useFormFields(([fields]): ArticleText => ({
    summary: fields.summary?.value as string | undefined,
    body: fields.body?.value as ArticleText['body'],
    keyTakeaways: Object.entries(fields)
      .filter(([path]) => TAKEAWAY.test(path))
      .map(([, field]) => ({ text: field.value as string | undefined })),
  }))
  const words = articleWordCount(article)
  const minutes = articleReadingMinutes(article)
  return (
    <p className="sok-article-stats" aria-live="polite">
      {words.toLocaleString('en-GB')} {words === 1 ? 'word' : 'words'} · about {minutes}{' '}
      {minutes === 1 ? 'minute' : 'minutes'} to read, as readers will see it (summary, body and key
      takeaways)
    </p>
  )
}
