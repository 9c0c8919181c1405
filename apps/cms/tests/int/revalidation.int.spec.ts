import { describe, expect, it } from 'vitest'

import { env } from '@/env'

import { queuedJobs, restGet, testFileSetup, unique } from './helpers'
import { callsFor, waitForCall } from './site-calls'

const { payload, newArticle, publishArticle } = await testFileSetup()
const site = env.WEB_INTERNAL_URL

/**
 * Refresh jobs for a tag still in the queue (created after `since`). A refresh job is deleted only
 * after the site got the call, so "no job and no call" right after a save proves nothing was, or
 * will be, sent: no sleep needed.
 */
const queuedRefreshes = (tag: string, since?: Date) =>
  queuedJobs<{ tags?: string[] }>(
    payload,
    'revalidateSite',
    (input) => Boolean(input.tags?.includes(tag)),
    since,
  )
const setSiteDown = (down: boolean) => fetch(`${site}/_control/down?value=${down}`)

describe('revalidation after commit', () => {
  it('tells the site which tags changed, with the shared secret, once the change is readable', async () => {
    const title = unique('Revalidated')
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(title), _status: 'draft' },
    })
    const tag = `article:${draft.slug}`
    // Saving a draft changes nothing on the site.
    expect(await queuedRefreshes(tag)).toEqual([])
    expect(await callsFor(tag)).toEqual([])

    const published = Date.now()
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    const call = await waitForCall(tag, 5000)
    expect(call.secret).toBe(env.REVALIDATE_SECRET)
    expect(call.tags).toEqual(expect.arrayContaining(['articles', tag]))
    console.log(`revalidation reached the site ${call.at - published} ms after publishing`)

    // By the time the site hears about it, anyone reading the API sees the published article.
    const response = await restGet(`/api/articles?where[slug][equals]=${draft.slug}`)
    expect(((await response.json()) as { docs: unknown[] }).docs).toHaveLength(1)
  })

  it('is not sent for a change that rolls back', async () => {
    const title = unique('Rolled back')
    const article = await publishArticle(title)
    await waitForCall(`article:${article.slug}`, 5000)
    // A second article with the same slug fails inside its transaction: nothing may be sent.
    const attempted = new Date()
    await expect(
      payload.create({
        collection: 'articles',
        data: { ...newArticle(`${title} again`), slug: article.slug, _status: 'published' },
      }),
    ).rejects.toThrow()
    expect(await queuedRefreshes(`article:${article.slug}`, attempted)).toEqual([])
    expect(await callsFor(`article:${article.slug}`)).toHaveLength(1)
  })

  it(
    'keeps trying while the site is down, without slowing the editor, and delivers when it is back',
    { timeout: 60_000 },
    async () => {
      await setSiteDown(true)
      try {
        const started = Date.now()
        const article = await publishArticle(unique('While down'))
        expect(Date.now() - started, 'saving waited for the site').toBeLessThan(3000)
        // The CMS tried, was refused, and keeps the job for a retry.
        const tag = `article:${article.slug}`
        await expect
          .poll(async () => (await callsFor(tag, 'refused')).length, { timeout: 20_000 })
          .toBeGreaterThan(0)
        expect(await callsFor(tag)).toEqual([])
        expect(await queuedRefreshes(tag)).toHaveLength(1)
        await setSiteDown(false)
        const call = await waitForCall(`article:${article.slug}`, 30_000)
        expect(call.tags).toContain('articles')
      } finally {
        await setSiteDown(false)
      }
    },
  )

  it('covers the other things the site shows: authors, site settings', async () => {
    const name = unique('Byline')
    await payload.create({ collection: 'authors', data: { name, kind: 'person' } })
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: unique('Tagline') } })
    const [authors, settings] = await Promise.all([
      waitForCall('authors', 5000),
      waitForCall('site-settings', 5000),
    ])
    expect(authors.secret).toBe(env.REVALIDATE_SECRET)
    expect(settings.tags).toEqual(['site-settings'])
  })
})
