import { readFileSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

/**
 * `npm run dev` must leave an open page alone: no reloads, no hot-reload connection retried every
 * few seconds, nothing in the log while nobody does anything. Checked through `localhost` and
 * `127.0.0.1`: Next refuses its hot-reload websocket to hosts it does not know, and the page then
 * reconnects every 1–5 s and reloads itself after 12 failures (next.config.ts allowedDevOrigins).
 */
const webUrl = new URL(process.env.WEB_URL ?? 'http://localhost:3101')
const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3100'
const devLog = process.env.DEV_LOG
/** How long an open page is watched; the broken setup retried its websocket every second. */
const QUIET_MS = 10_000
/** A token of the right shape that no subscription has: the CMS answers "invalid". */
const UNKNOWN_TOKEN = 'x'.repeat(43)

const logLines = () => (devLog ? readFileSync(devLog, 'utf8').split('\n') : [])

/**
 * Opens a page and watches it: the document loads the page made, the hot-reload websockets it
 * opened, and whether the one it keeps is open and hears from the server.
 */
async function openAndWatch(page: Page, url: string) {
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      documents.push(`${request.method()} ${request.url()}`)
    }
  })
  const sockets: { url: string; closed: boolean; frames: number }[] = []
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/_next/hmr')) return
    const entry = { url: socket.url(), closed: false, frames: 0 }
    sockets.push(entry)
    socket.on('framereceived', () => entry.frames++)
    socket.on('close', () => (entry.closed = true))
  })
  await page.goto(url)
  // The hot-reload connection is up once the server has said something on it.
  await expect
    .poll(() => sockets.some((socket) => socket.frames > 0 && !socket.closed), {
      message: `hot-reload websocket of ${url} opened and heard from the server`,
    })
    .toBe(true)
  // A mark in the page's memory: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { __stillTheSamePage: true }))
  return { documents, sockets }
}

async function staysPut(page: Page, url: string) {
  const watched = await openAndWatch(page, url)
  const documentsBefore = watched.documents.length
  const socketsBefore = watched.sockets.length
  const logBefore = logLines().length

  await page.waitForTimeout(QUIET_MS)

  expect(watched.documents.slice(documentsBefore), 'documents loaded while idle').toEqual([])
  expect(
    watched.sockets.slice(socketsBefore).map((socket) => socket.url),
    'hot-reload websockets opened while idle',
  ).toEqual([])
  expect(watched.sockets.filter((socket) => socket.closed).length, 'websockets closed').toBe(0)
  expect(await page.evaluate(() => '__stillTheSamePage' in window), 'the same page').toBe(true)
  // What the broken setup printed over and over: recompiles, the page requested again, refusals.
  const path = new URL(url).pathname
  const idleLog = logLines()
    .slice(logBefore)
    .filter((line) => /Compiled|Blocked cross-origin/.test(line) || line.includes(`GET ${path}`))
  expect(idleLog, 'dev servers’ log while the page was idle').toEqual([])
}

async function publishedArticleSlug(): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/articles?limit=1&depth=0&select[slug]=true`)
  const { docs } = (await response.json()) as { docs: { slug: string }[] }
  expect(docs[0]?.slug, 'the development seed published an article').toBeTruthy()
  return docs[0]!.slug
}

for (const host of ['localhost', '127.0.0.1']) {
  const origin = `${webUrl.protocol}//${host}:${webUrl.port}`

  test(`an open article page stays put in development (${host})`, async ({ page }) => {
    await staysPut(page, `${origin}/articles/${await publishedArticleSlug()}`)
  })

  test(`/newsletter/confirm stays put and its button still answers (${host})`, async ({ page }) => {
    await staysPut(page, `${origin}/newsletter/confirm?token=${UNKNOWN_TOKEN}`)
    await page.getByRole('button', { name: 'Confirm my subscription' }).click()
    await expect(page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible()
  })
}

test('the dev servers never refused a page its hot-reload connection', () => {
  expect(logLines().filter((line) => /Blocked cross-origin/i.test(line))).toEqual([])
})
