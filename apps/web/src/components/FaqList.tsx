import type { Faq } from '@sok/content'

import { RichText } from './RichText'

/**
 * Questions as native disclosures (<details>): operable with Tab and Enter or Space, announced as
 * expandable by screen readers, and readable without JavaScript.
 */
export function FaqList({
  faqs,
  siteOrigin,
}: {
  faqs: Pick<Faq, 'id' | 'question' | 'answer'>[]
  siteOrigin: string
}) {
  return (
    <div className="faq-list">
      {faqs.map((faq) => (
        <details key={faq.id} className="faq">
          <summary>{faq.question}</summary>
          <div className="faq-answer">
            <RichText value={faq.answer} siteOrigin={siteOrigin} />
          </div>
        </details>
      ))}
    </div>
  )
}
