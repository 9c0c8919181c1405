import { serializeJsonLd } from '@/lib/structured-data'

/** Structured data for search engines. The JSON is escaped so it cannot close its script. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // Script content cannot be rendered as React text; serializeJsonLd escapes "<" and ">".
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
