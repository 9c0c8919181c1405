import type { Payload } from 'payload'

import { articleBodyEditor } from '@/editors/articleBody'
import { env } from '@/env'

import { seedArticles } from './content/articles'
import { seedAuthors } from './content/authors'
import { seedCategories } from './content/categories'
import { seedGlossaryTerms } from './content/glossary'
import { seedSiteSettings } from './content/site-settings'
import type { SeedArticle } from './content/types'
import { DEV_USERS } from './dev-admin'
import { heroImagePng } from './images'
import { markdownToRichText, type ResolveSlug } from './rich-text'

/**
 * First start on an empty database (no articles): demo content, unless SEED_DEMO_CONTENT=false;
 * in development also known logins for each role. Running it again changes nothing.
 */
export async function seed(payload: Payload): Promise<void> {
  if (!env.production) await ensureDevUsers(payload)
  if (!env.SEED_DEMO_CONTENT) return
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
  if (totalDocs > 0) return
  await seedDemoContent(payload)
  payload.logger.info(
    `Seeded demo content: ${seedArticles.length} articles, ${seedGlossaryTerms.length} glossary terms`,
  )
}

async function ensureDevUsers(payload: Payload) {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  const users = DEV_USERS.map((user) =>
    user.role === 'admin' ? { ...user, email: env.DEV_ADMIN_EMAIL } : user,
  )
  for (const user of users) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { ...user, password: env.DEV_ADMIN_PASSWORD },
    })
  }
  payload.logger.info(`Seeded development logins: ${users.map((user) => user.email).join(', ')}`)
}

/** Finds a document by slug, or creates it: a seed interrupted halfway can simply run again. */
async function upsertBySlug<T extends 'authors' | 'categories'>(
  payload: Payload,
  collection: T,
  data: { slug: string } & Record<string, unknown>,
): Promise<number> {
  const found = await payload.find({
    collection,
    where: { slug: { equals: data.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0].id
  const created = await payload.create({ collection, data: data as never, overrideAccess: true })
  return created.id
}

async function seedDemoContent(payload: Payload) {
  const categoryIds = new Map<string, number>()
  for (const category of seedCategories) {
    categoryIds.set(category.slug, await upsertBySlug(payload, 'categories', category))
  }
  const authorIds = new Map<string, number>()
  for (const author of seedAuthors) {
    authorIds.set(author.slug, await upsertBySlug(payload, 'authors', author))
  }
  const idOf = (ids: Map<string, number>, slug: string, what: string) => {
    const id = ids.get(slug)
    if (id === undefined) throw new Error(`Seed data names an unknown ${what}: "${slug}"`)
    return id
  }

  const articleIds = new Map<string, number>()
  // Internal links in a body point at documents seeded before it.
  const resolveSlug: ResolveSlug = (collection, slug) =>
    collection === 'articles'
      ? idOf(articleIds, slug, 'article (link targets must come earlier in articles.ts)')
      : idOf(collection === 'authors' ? authorIds : categoryIds, slug, collection)
  for (const [index, article] of seedArticles.entries()) {
    const faqIds = await createFaqs(
      payload,
      article,
      idOf(categoryIds, article.category, 'category'),
    )
    const heroImage = await createHeroImage(payload, article, index)
    const created = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        _status: 'published',
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        publishedAt: article.publishedAt,
        contentUpdatedAt: article.contentUpdatedAt ?? article.publishedAt,
        category: idOf(categoryIds, article.category, 'category'),
        authors: article.authors.map((slug) => idOf(authorIds, slug, 'author')),
        medicalReviewer: article.medicalReviewer
          ? idOf(authorIds, article.medicalReviewer, 'author')
          : undefined,
        lastReviewedAt: article.lastReviewedAt,
        heroImage,
        keyTakeaways: article.keyTakeaways.map((text) => ({ text })),
        references: article.references,
        faqs: faqIds,
        body: await markdownToRichText(
          article.body,
          payload.config,
          articleBodyEditor,
          resolveSlug,
        ),
        meta: { title: article.title, description: article.summary, image: heroImage },
        // Demo articles are already old news: nobody is emailed about them.
        newsletter: { sendOnPublish: false },
      },
    })
    articleIds.set(article.slug, created.id)
  }

  // Related articles point at each other, so they are linked once every article exists.
  for (const article of seedArticles) {
    if (!article.related?.length) continue
    await payload.update({
      collection: 'articles',
      id: idOf(articleIds, article.slug, 'article'),
      overrideAccess: true,
      data: { relatedArticles: article.related.map((slug) => idOf(articleIds, slug, 'article')) },
    })
  }

  for (const term of seedGlossaryTerms) {
    await payload.create({
      collection: 'glossary-terms',
      overrideAccess: true,
      data: {
        _status: 'published',
        term: term.term,
        shortDefinition: term.shortDefinition,
        explanation: term.explanation
          ? await markdownToRichText(term.explanation, payload.config)
          : undefined,
        relatedArticles: term.related.map((slug) => idOf(articleIds, slug, 'article')),
      },
    })
  }

  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: seedSiteSettings,
  })
}

async function createFaqs(payload: Payload, article: SeedArticle, category: number) {
  const ids: number[] = []
  for (const faq of article.faqs) {
    const created = await payload.create({
      collection: 'faqs',
      overrideAccess: true,
      data: {
        question: faq.question,
        answer: await markdownToRichText(faq.answer, payload.config),
        category,
        _status: 'published',
      },
    })
    ids.push(created.id)
  }
  return ids
}

async function createHeroImage(payload: Payload, article: SeedArticle, index: number) {
  const data = await heroImagePng(index)
  const image = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: {
      alt: 'Abstract illustration in soft colours: overlapping circles above a gentle wave.',
      credit: 'Illustration: Science of Ketamine',
    },
    file: { data, mimetype: 'image/png', name: `${article.slug}.png`, size: data.length },
  })
  return image.id
}
