/**
 * The answer of the CMS's `SearchContent` query, declared once. From `searchResultsSpec` come the
 * TypeScript types (below), the selection the client asks for (`searchSelection`) and the CMS's
 * GraphQL object types (apps/cms/src/graphql/search/types.ts): adding a field is one edit here.
 */

export type SearchScalar = 'Int' | 'String'

export interface SearchScalarField {
  scalar: SearchScalar
  nullable?: true
  description?: string
}
export interface SearchObjectField {
  object: SearchObjectSpec
  nullable?: true
  description?: string
}
/** A list that is never null and holds no nulls. */
export interface SearchListField {
  list: SearchObjectSpec
  description?: string
}
export type SearchField = SearchScalarField | SearchObjectField | SearchListField

/** A GraphQL object type: its name in the schema and its fields. */
export interface SearchObjectSpec {
  name: string
  description?: string
  fields: Readonly<Record<string, SearchField>>
}

const id = { scalar: 'Int' } as const
const text = { scalar: 'String' } as const
const optionalText = { scalar: 'String', nullable: true } as const
const described = (description: string) => ({ scalar: 'String', description }) as const

const category = {
  object: { name: 'SearchCategory', fields: { title: text, slug: text } },
  nullable: true,
} as const

export const searchResultsSpec = {
  name: 'SearchResults',
  fields: {
    text: described('The search text, tidied.'),
    articles: {
      list: {
        name: 'SearchArticle',
        fields: {
          id,
          title: text,
          slug: text,
          summary: optionalText,
          publishedAt: optionalText,
          category,
        },
      },
    },
    faqs: {
      list: {
        name: 'SearchFaq',
        fields: { id, question: text, answer: described('The answer as plain text.'), category },
      },
    },
    entries: {
      list: {
        name: 'SearchEntry',
        description: 'A hit of another content type the site shows (e.g. a glossary term).',
        fields: {
          kind: described('The collection it comes from.'),
          label: described('What the site calls these results.'),
          title: text,
          path: described('Its address on the site.'),
          excerpt: text,
        },
      },
    },
  },
} as const satisfies SearchObjectSpec

type ScalarValue<S extends SearchScalar> = S extends 'Int' ? number : string
type OrNull<T, F> = F extends { nullable: true } ? T | null : T
type FieldValue<F> = F extends { scalar: infer S extends SearchScalar }
  ? OrNull<ScalarValue<S>, F>
  : F extends { object: infer O extends SearchObjectSpec }
    ? OrNull<SearchShape<O>, F>
    : F extends { list: infer O extends SearchObjectSpec }
      ? SearchShape<O>[]
      : never

/** The value a spec describes, e.g. `SearchShape<typeof searchResultsSpec>`. */
export type SearchShape<O extends SearchObjectSpec> = {
  -readonly [K in keyof O['fields']]: FieldValue<O['fields'][K]>
}

export type SearchResults = SearchShape<typeof searchResultsSpec>
/** A search hit among published articles, with its category. */
export type ArticleSearchHit = SearchResults['articles'][number]
/** A search hit among the FAQs; its answer as plain text. */
export type FaqSearchHit = SearchResults['faqs'][number]
/** A search hit of a registered content type (e.g. a glossary term), with its site address. */
export type SearchEntry = SearchResults['entries'][number]
export type SearchCategory = NonNullable<ArticleSearchHit['category']>

/** The GraphQL selection of every field of `spec`, e.g. `{ text articles { id … } }`. */
export function searchSelection(spec: SearchObjectSpec): string {
  const fields = Object.entries(spec.fields).map(([name, field]) =>
    'scalar' in field
      ? name
      : `${name} ${searchSelection('object' in field ? field.object : field.list)}`,
  )
  return `{ ${fields.join(' ')} }`
}
