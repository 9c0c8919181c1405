/**
 * The shape of a demo article as written in this folder. The seed turns `body` and FAQ answers
 * (Markdown) into Lexical rich text and links authors, category and related articles by slug.
 */
export interface SeedReference {
  title: string
  /** As printed in the paper's citation, e.g. "Smith J, Jones A, et al." */
  authors?: string
  journal?: string
  year?: number
  /** Bare DOI, e.g. "10.1038/s41598-024-54370-9". */
  doi?: string
  url?: string
}

export interface SeedFaq {
  question: string
  /** Markdown, one or two short paragraphs. */
  answer: string
}

export interface SeedArticle {
  title: string
  slug: string
  /** One or two sentences, under 400 characters. */
  summary: string
  /** ISO date-time. */
  publishedAt: string
  /** Slug of a category in categories.ts. */
  category: string
  /** Slugs of authors in authors.ts, first author first. */
  authors: string[]
  /** Slug of an author in authors.ts who reviewed the article medically, if any. */
  medicalReviewer?: string
  /** ISO date, when the medical review happened. */
  lastReviewedAt?: string
  /**
   * ISO date of the last substantive update readers should know about (new evidence, changed
   * advice), if there was one after publication. Readers then see "Updated" with this date.
   */
  contentUpdatedAt?: string
  /** Three to five short sentences. */
  keyTakeaways: string[]
  /**
   * Markdown: ## headings, paragraphs, lists, > quotes, [links](https://…). No HTML. A link to
   * another page of the site is written [words](article:<slug>), (author:<slug>) or
   * (category:<slug>) and becomes the editor's internal link to that document; it may only point
   * at articles listed before this one. A line of its own can also hold an article block:
   *   [[keyFinding: The finding in plain words. | Source, year]]
   *   [[callout:info|caution|tip: Optional title | The callout text.]]
   */
  body: string
  references: SeedReference[]
  faqs: SeedFaq[]
  /** Slugs of other seed articles. */
  related?: string[]
}

export interface SeedGlossaryTerm {
  term: string
  /** One or two sentences, under 300 characters. */
  shortDefinition: string
  /** Markdown, optional. */
  explanation?: string
  /** Slugs of demo articles in articles.ts. */
  related: string[]
}
