import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { dueForReviewWhere } from '@/editorial/review'
import { env } from '@/env'

import {
  createUser,
  fieldErrors,
  paragraphs,
  queuedJobs,
  rest,
  testFileSetup,
  unique,
  type TestUser,
} from './helpers'

const { payload, newArticle, publishArticle } = await testFileSetup()

const redirectFrom = async (from: string) =>
  (
    await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      overrideAccess: true,
    })
  ).docs[0]

describe('slug changes', () => {
  it('redirect the old address of a published article to the new one, with 308', async () => {
    const article = await publishArticle(unique('Old name'))
    const oldSlug = article.slug!
    const renamed = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${oldSlug}-renamed` },
    })
    const redirect = await redirectFrom(`/articles/${oldSlug}`)
    expect(redirect).toMatchObject({
      type: '308',
      to: { type: 'custom', url: `/articles/${renamed.slug}` },
    })

    // Renamed again: the first address goes straight to the newest one, no chain.
    const again = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${oldSlug}-final` },
    })
    expect((await redirectFrom(`/articles/${oldSlug}`))?.to?.url).toBe(`/articles/${again.slug}`)
    expect((await redirectFrom(`/articles/${renamed.slug}`))?.to?.url).toBe(
      `/articles/${again.slug}`,
    )

    // And back to the first name: no redirect may point that address at itself.
    await payload.update({ collection: 'articles', id: article.id, data: { slug: oldSlug } })
    expect(await redirectFrom(`/articles/${oldSlug}`)).toBeUndefined()
  })

  it('with autosave on: the draft keeps the new slug first, publishing redirects from the live one', async () => {
    const article = await publishArticle(unique('Autosaved name'))
    const live = article.slug!
    // What the admin does while the editor types: autosaved drafts, each with the newest slug.
    for (const slug of [`${live}-n`, `${live}-new`, `${live}-new-name`]) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        draft: true,
        autosave: true,
        data: { slug },
      })
    }
    // The draft is not live yet: no redirect, and half-typed slugs never get one.
    expect(await redirectFrom(`/articles/${live}`)).toBeUndefined()
    expect(await redirectFrom(`/articles/${live}-n`)).toBeUndefined()

    // "Publish changes" sends only the status: the latest draft becomes live.
    const published = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
    })
    expect(published.slug).toBe(`${live}-new-name`)
    expect(await redirectFrom(`/articles/${live}`)).toMatchObject({
      type: '308',
      to: { url: `/articles/${live}-new-name` },
    })
    expect(await redirectFrom(`/articles/${live}-new`)).toBeUndefined()
  })

  it('keep the slug of a published article when its title changes', async () => {
    const article = await publishArticle(unique('Stable address'))
    const edited = await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      autosave: true,
      data: { title: unique('A completely new headline') },
    })
    expect(edited.slug).toBe(article.slug)
  })

  it('of a draft follow its title until it is first published', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(''), title: '', _status: 'draft' } as never,
    })
    const title = unique('Ketamine and memory')
    for (const typed of [title.slice(0, 8), title]) {
      await payload.update({
        collection: 'articles',
        id: draft.id,
        draft: true,
        autosave: true,
        data: { title: typed },
      })
    }
    const latest = await payload.findByID({ collection: 'articles', id: draft.id, draft: true })
    expect(latest.slug).toBe(title.toLowerCase().replace(/\s+/g, '-'))
  })

  it('of a draft create no redirect: nobody has the old address', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Draft name')), _status: 'draft' },
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { slug: `${draft.slug}-x` },
    })
    expect(await redirectFrom(`/articles/${draft.slug}`)).toBeUndefined()
  })
})

describe('review', () => {
  it('an author asks for review; publishing answers the request', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Please review')), _status: 'draft', reviewRequested: true },
    })
    const waiting = await payload.find({
      collection: 'articles',
      draft: true,
      where: { reviewRequested: { equals: true } },
      overrideAccess: true,
      limit: 100,
    })
    expect(waiting.docs.map((doc) => doc.id)).toContain(draft.id)
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
    })
    expect(published.reviewRequested).toBe(false)
  })

  it('lists published articles whose medical review is older than the period, or missing', async () => {
    const months = 12
    const old = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Old review')),
        _status: 'published',
        lastReviewedAt: '2020-01-01T00:00:00.000Z',
      },
    })
    const recent = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Recent review')),
        _status: 'published',
        lastReviewedAt: new Date().toISOString(),
      },
    })
    const never = await publishArticle(unique('Never reviewed'))
    const due = await payload.find({
      collection: 'articles',
      where: dueForReviewWhere(new Date(), months),
      limit: 500,
      overrideAccess: true,
    })
    const ids = due.docs.map((doc) => doc.id)
    expect(ids).toContain(old.id)
    expect(ids).toContain(never.id)
    expect(ids).not.toContain(recent.id)
  })
})

/** Every email to this address in the CMS's mail folder, newest first, as raw text. */
function mailsTo(email: string): string[] {
  let files: string[]
  try {
    files = readdirSync(env.MAIL_DIR).sort().reverse()
  } catch {
    return []
  }
  return files
    .map((file) => readFileSync(path.join(env.MAIL_DIR, file), 'utf8').replace(/=\r?\n/g, ''))
    .filter((raw) => raw.includes(`To: ${email}`))
}

describe('ready for an editor', () => {
  let author: TestUser
  let editor: TestUser

  beforeAll(async () => {
    author = await createUser(payload, 'author')
    editor = await createUser(payload, 'editor')
  })

  it('emails each editor from the job queue, once, when an author ticks it', async () => {
    const title = unique('Please look at this')
    const created = await rest('POST', '/api/articles?draft=true', {
      token: author.token,
      json: { ...newArticle(title), _status: 'draft' },
    })
    const { doc } = (await created.json()) as { doc: { id: number } }
    const tick = await rest('PATCH', `/api/articles/${doc.id}?draft=true&autosave=true`, {
      token: author.token,
      json: { reviewRequested: true },
    })
    expect(tick.status).toBe(200)

    // The save returned before any mail was sent: a job carries it.
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'emailEditorsReadyForReview' } },
      overrideAccess: true,
      limit: 100,
    })
    expect(
      jobs.docs.some((job) => (job.input as { articleId?: number }).articleId === doc.id),
    ).toBe(true)

    const mail = await vi.waitUntil(
      () => mailsTo(editor.email).find((raw) => raw.includes(title)),
      { timeout: 20_000, interval: 250 },
    )
    expect(mail).toContain(`Subject: Ready for an editor: ${title}`)
    expect(mail).toContain(`/admin/collections/articles/${doc.id}`)
    expect(mail).toContain('Test author')

    // Saving again with the box still ticked sends nothing more: the email goes only through a
    // job queued in the save's own transaction, and this save queued none.
    const saved = new Date()
    await rest('PATCH', `/api/articles/${doc.id}?draft=true&autosave=true`, {
      token: author.token,
      json: { summary: 'Changed while waiting.' },
    })
    expect(
      await queuedJobs<{ articleId?: number }>(
        payload,
        'emailEditorsReadyForReview',
        (input) => input.articleId === doc.id,
        saved,
      ),
    ).toEqual([])
    expect(mailsTo(editor.email).filter((raw) => raw.includes(title))).toHaveLength(1)
  })
})

describe('medical reviewer', () => {
  it('must be a person with credentials when the article is published', async () => {
    const organisation = await payload.create({
      collection: 'authors',
      overrideAccess: true,
      data: { name: unique('Team'), kind: 'organisation' },
    })
    const noCredentials = await payload.create({
      collection: 'authors',
      overrideAccess: true,
      data: { name: unique('Writer'), kind: 'person' },
    })
    const clinician = await payload.create({
      collection: 'authors',
      overrideAccess: true,
      data: { name: unique('Dr'), kind: 'person', credentials: 'MD' },
    })
    for (const reviewer of [organisation, noCredentials]) {
      const errors = await fieldErrors(
        payload.create({
          collection: 'articles',
          data: { ...newArticle(), medicalReviewer: reviewer.id, _status: 'published' },
        }),
      )
      expect(errors.medicalReviewer).toMatch(/invalid/i)
    }
    const ok = await payload.create({
      collection: 'articles',
      data: { ...newArticle(), medicalReviewer: clinician.id, _status: 'published' },
    })
    expect(ok._status).toBe('published')
  })
})

describe('empty drafts', () => {
  it('are deleted after a day untouched; drafts with anything in them are kept', async () => {
    const empty = await payload.create({
      collection: 'articles',
      draft: true,
      data: {} as never,
    })
    const started = await payload.create({
      collection: 'articles',
      draft: true,
      data: { body: paragraphs('Only a first sentence, no title yet.') } as never,
    })
    const fresh = await payload.create({ collection: 'articles', draft: true, data: {} as never })
    // Two days old, as if the editor had clicked "Create New" and walked away.
    const old = new Date(Date.now() - 2 * 86_400_000).toISOString()
    const db = payload.db as unknown as {
      drizzle: { execute: (query: unknown) => Promise<unknown> }
    }
    for (const id of [empty.id, started.id]) {
      await db.drizzle.execute(sql`update articles set updated_at = ${old} where id = ${id}`)
      await db.drizzle.execute(
        sql`update _articles_v set updated_at = ${old}, version_updated_at = ${old} where parent_id = ${id}`,
      )
    }
    await payload.jobs.queue({ task: 'deleteEmptyDrafts', input: {} })
    await payload.jobs.run({ queue: 'default' })

    const exists = async (id: number) =>
      (await payload.count({ collection: 'articles', where: { id: { equals: id } } })).totalDocs
    expect(await exists(empty.id)).toBe(0)
    expect(await exists(started.id)).toBe(1)
    expect(await exists(fresh.id)).toBe(1)
  })
})
