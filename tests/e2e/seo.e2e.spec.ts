import type { APIRequestContext, Page } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'

import { apiToken, cmsUrl, expect, test } from './fixtures'

const articleSlug = 'ketamine-brain-imaging-hippocampus-amygdala'
const xml = new XMLParser({ ignoreAttributes: false })
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

type Node = Record<string, unknown> & { '@type': string | string[] }

async function jsonLdOf(page: Page): Promise<Node[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as { '@graph'?: Node[] } & Node
    return data['@graph'] ?? [data]
  })
}

const ofType = (nodes: Node[], type: string) =>
  nodes.find((node) => asArray(node['@type']).includes(type))

/** Published article slugs, straight from the CMS. */
async function publishedSlugs(request: APIRequestContext) {
  const response = await request.get(
    `${cmsUrl}/api/articles?limit=100&depth=0&select[slug]=true&where[_status][equals]=published`,
  )
  return ((await response.json()) as { docs: { slug: string }[] }).docs.map((doc) => doc.slug)
}

test.describe('with a draft in the CMS', () => {
  let draftSlug: string

  test.beforeAll(async ({ playwright, users }) => {
    const request = await playwright.request.newContext()
    const token = await apiToken(request, users.editor)
    const headers = { Authorization: `JWT ${token}` }
    const first = async (collection: string) =>
      (
        (await (await request.get(`${cmsUrl}/api/${collection}?limit=1&depth=0`)).json()) as {
          docs: { id: number }[]
        }
      ).docs[0]!.id
    const title = `Unpublished draft ${Date.now().toString(36)}`
    const created = await request.post(`${cmsUrl}/api/articles?draft=true`, {
      headers,
      data: {
        title,
        summary: 'Not for the public yet.',
        _status: 'draft',
        category: await first('categories'),
        authors: [await first('authors')],
        body: {
          root: {
            type: 'root',
            version: 1,
            format: '',
            indent: 0,
            direction: null,
            children: [
              {
                type: 'paragraph',
                version: 1,
                format: '',
                indent: 0,
                direction: null,
                children: [{ type: 'text', version: 1, text: 'Draft body.', format: 0 }],
              },
            ],
          },
        },
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    draftSlug = ((await created.json()) as { doc: { slug: string } }).doc.slug
    await request.dispose()
  })

  test('a draft article is a 404 for the public', async ({ page }) => {
    const response = await page.goto(`/articles/${draftSlug}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('sitemap.xml lists published articles, categories and authors, never a draft', async ({
    request,
  }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    const sitemap = xml.parse(await response.text()) as {
      urlset: { url: { loc: string; lastmod?: string }[] }
    }
    const urls = asArray(sitemap.urlset.url)
    const locs = urls.map((url) => new URL(url.loc).pathname)
    for (const slug of await publishedSlugs(request)) {
      expect(locs).toContain(`/articles/${slug}`)
    }
    expect(locs).not.toContain(`/articles/${draftSlug}`)
    expect(locs).toContain('/categories/journal-club')
    expect(locs).toContain('/authors/maya-lindqvist')
    const article = urls.find((url) => url.loc.endsWith(`/articles/${articleSlug}`))
    expect(Number.isNaN(Date.parse(article?.lastmod ?? ''))).toBe(false)
  })

  test('the feeds list published articles as valid RSS, never a draft', async ({ request }) => {
    const published = await publishedSlugs(request)
    for (const path of ['/feed.xml', '/categories/science-of-ketamine/feed.xml']) {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toContain('application/rss+xml')
      const feed = xml.parse(await response.text()) as {
        rss: { channel: { title: string; item: { link: string; pubDate: string }[] } }
      }
      const links = asArray(feed.rss.channel.item).map((item) => new URL(item.link).pathname)
      expect(links.length).toBeGreaterThan(0)
      expect(links.every((link) => published.includes(link.replace('/articles/', '')))).toBe(true)
      expect(links).not.toContain(`/articles/${draftSlug}`)
      if (path === '/feed.xml') expect(links).toHaveLength(published.length)
    }
    expect((await request.get('/categories/no-such-topic/feed.xml')).status()).toBe(404)
  })
})

test('the article page carries MedicalWebPage, Article, FAQPage and BreadcrumbList JSON-LD', async ({
  page,
}) => {
  await page.goto(`/articles/${articleSlug}`)
  const nodes = await jsonLdOf(page)

  const webPage = ofType(nodes, 'MedicalWebPage')!
  expect(webPage).toMatchObject({
    url: expect.stringMatching(new RegExp(`/articles/${articleSlug}$`)),
    reviewedBy: { '@type': 'Person', name: 'Dr. Maya Lindqvist', honorificSuffix: 'MD' },
    lastReviewed: '2024-03-28T00:00:00.000Z',
  })

  const article = ofType(nodes, 'Article')!
  expect(article).toMatchObject({
    headline: 'Ketamine and the depressed brain: what 3T and 7T MRI scans showed',
    datePublished: '2024-02-29T09:00:00.000Z',
    author: [{ '@type': 'Organization', name: 'The Science of Ketamine editorial team' }],
    image: expect.stringMatching(/-1200x630\.webp$/),
  })
  expect(article.citation).toEqual([
    expect.objectContaining({
      '@type': 'ScholarlyArticle',
      url: 'https://doi.org/10.1038/s41598-024-54370-9',
      isPartOf: { '@type': 'Periodical', name: 'Scientific Reports' },
    }),
  ])

  const faq = ofType(nodes, 'FAQPage')!
  expect(asArray(faq.mainEntity as Node[]).length).toBe(3)
  expect((faq.mainEntity as Node[])[0]).toMatchObject({
    '@type': 'Question',
    name: 'Does this study show that ketamine repairs the brain?',
    acceptedAnswer: { '@type': 'Answer', text: expect.stringContaining('No.') },
  })

  const crumbs = ofType(nodes, 'BreadcrumbList')!
  expect((crumbs.itemListElement as { name: string }[]).map((crumb) => crumb.name)).toEqual([
    'Home',
    'Science of Ketamine',
    'Ketamine and the depressed brain: what 3T and 7T MRI scans showed',
  ])
  expect(ofType(nodes, 'Organization')).toMatchObject({ name: 'Science of Ketamine' })
})

test('every page type has its title, description, canonical URL and social tags', async ({
  page,
}) => {
  const pages = [
    { path: '/', title: 'Science of Ketamine' },
    { path: `/articles/${articleSlug}`, title: /^Ketamine and the depressed brain/ },
    { path: '/categories/journal-club', title: 'Journal Club · Science of Ketamine' },
    { path: '/authors/maya-lindqvist', title: 'Dr. Maya Lindqvist, MD · Science of Ketamine' },
    { path: '/faq', title: 'Frequently asked questions · Science of Ketamine' },
  ]
  for (const { path, title } of pages) {
    await page.goto(path)
    await expect(page).toHaveTitle(title)
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content')
    expect(await meta('meta[name="description"]')).toBeTruthy()
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`${path === '/' ? '/?' : path}$`),
    )
    expect(await meta('meta[property="og:title"]')).toBeTruthy()
    expect(await meta('meta[property="og:image"]')).toMatch(/^https?:\/\//)
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
  }
  await page.goto(`/articles/${articleSlug}`)
  expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')
})

test('a generated social image is served for pages without one from the CMS', async ({
  request,
}) => {
  const response = await request.get('/og?title=Frequently%20asked%20questions')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
})

test('robots.txt keeps crawlers out of admin and preview and points to the sitemap', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Disallow: /preview')
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/)
})

test('unknown pages of every kind answer 404', async ({ request }) => {
  const unknownPages = {
    article: '/articles/there-is-no-such-article',
    category: '/categories/no-such-topic',
    author: '/authors/no-such-person',
    'glossary term': '/glossary/no-such-term',
    // One route serves the newsletter's link pages; any other name is not one of them.
    'newsletter page': '/newsletter/no-such-step',
    'newsletter page named like a built-in property': '/newsletter/constructor',
    'page of a listing': '/categories/journal-club?page=0',
    'anything else': '/no/such/page',
  }
  for (const [kind, path] of Object.entries(unknownPages)) {
    expect((await request.get(path)).status(), `${kind}: ${path}`).toBe(404)
  }
})
