import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { freePort } from '@sok/postgres'

import { expect, test } from './fixtures'

const webUrl = process.env.WEB_URL ?? 'http://localhost:3101'
const webDir = path.resolve(import.meta.dirname, '../../apps/web')
const fetchCacheDir = path.join(webDir, '.next/cache/fetch-cache')

/** Starts the production build of the site as its own server, with `env` on top of production. */
async function startSite(env: Record<string, string>): Promise<{
  url: string
  child: ChildProcess
  output: () => string
  stop: () => void
}> {
  const port = await freePort()
  let output = ''
  const child = spawn(
    path.resolve(webDir, '../../node_modules/.bin/next'),
    ['start', '--port', String(port)],
    {
      cwd: webDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SITE_URL: `http://localhost:${port}`,
        SIGNUP_PROXY_SECRET: randomBytes(24).toString('hex'),
        REVALIDATE_SECRET: randomBytes(24).toString('hex'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: `next start` runs the server as a child, which must go too.
      detached: true,
    },
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  return { url: `http://localhost:${port}`, child, output: () => output, stop }
}

/** A real HTTP server that accepts connections and never answers: a CMS that hangs. */
async function silentServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(() => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

test('with the CMS hanging, visitors get the friendly error page within seconds', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const cms = await silentServer()
  const site = await startSite({
    CMS_URL: cms.url,
    CMS_PUBLIC_URL: cms.url,
    CMS_TIMEOUT_MS: '1500',
  })
  try {
    // Up when it answers something that needs no CMS.
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`${site.url}/api/revalidate`, { method: 'POST' })).status
          } catch {
            return 0
          }
        },
        { timeout: 60_000 },
      )
      .toBe(401)
    for (const path of ['/', '/faq', '/search?q=ketamine']) {
      const started = Date.now()
      const response = await page.goto(`${site.url}${path}`, { timeout: 30_000 })
      expect(response?.status(), path).toBeGreaterThanOrEqual(500)
      await expect(page.getByRole('heading', { name: /could not be loaded/ })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
      expect(await page.content(), path).not.toMatch(
        /TimeoutError|ContentRequestError|at \S+\.js:\d+/,
      )
      // Without a timeout this waited for the CMS for minutes; generous for a loaded machine.
      expect(Date.now() - started, path).toBeLessThan(20_000)
    }
    expect(site.output()).toMatch(/did not answer within 1500 ms/)
  } finally {
    site.stop()
    cms.server.closeAllConnections()
    cms.server.close()
  }
})

test('in production the site refuses to start without its own revalidation secret', async () => {
  test.setTimeout(60_000)
  const site = await startSite({ REVALIDATE_SECRET: '' })
  try {
    const code = await new Promise<number | null>((resolve) => site.child.on('exit', resolve))
    expect(code).not.toBe(0)
    expect(site.output()).toMatch(/REVALIDATE_SECRET must be set in production/)
  } finally {
    site.stop()
  }
})

/** Posts a body of `size` bytes in 64 kB chunks, as fast as the server takes them. */
function postHuge(
  url: string,
  { size, declare }: { size: number; declare: boolean },
): Promise<{ status: number; sent: number; ms: number }> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const request = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(declare ? { 'Content-Length': String(size) } : {}),
        },
      },
      (response) => {
        answered = true
        response.resume()
        resolve({ status: response.statusCode ?? 0, sent, ms: Date.now() - started })
        request.destroy()
      },
    )
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    const pump = () => {
      while (!answered && sent < size) {
        sent += chunk.length
        if (!request.write(chunk)) return void request.once('drain', pump)
      }
      if (!answered) request.end()
    }
    pump()
  })
}

test('a 100 MB sign-up body is refused with 413 before it is read', async () => {
  const size = 100 * 1024 * 1024
  for (const declare of [true, false]) {
    const answer = await postHuge(`${webUrl}/api/newsletter`, { size, declare })
    expect(answer.status, `Content-Length declared: ${declare}`).toBe(413)
    // The answer came while most of the body was still unsent.
    expect(answer.sent, `Content-Length declared: ${declare}`).toBeLessThan(size / 4)
    expect(answer.ms).toBeLessThan(15_000)
  }
})

test('/og draws any Unicode title offline', async ({ request }) => {
  for (const title of [
    'Ketamine 🧠💊 and sleep',
    '👨‍👩‍👧‍👦🏳️‍🌈',
    '氯胺酮与睡眠',
    'كيتامين',
    'Кетамин и сон',
    'e\u0301\u0000\u202e\ufffd',
    'x'.repeat(5000),
  ]) {
    const response = await request.get(`/og?title=${encodeURIComponent(title)}`)
    expect(response.status(), title).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
  }
})

/** Files in the site's fetch cache written since `since` whose content mentions `marker`. */
function cacheEntriesMentioning(marker: string, since: number): string[] {
  let files: string[]
  try {
    files = readdirSync(fetchCacheDir)
  } catch {
    return []
  }
  return files.filter((file) => {
    const full = path.join(fetchCacheDir, file)
    if (statSync(full).mtimeMs < since) return false
    const text = readFileSync(full, 'utf8')
    const body = /"body":"([^"]*)"/.exec(text)?.[1] ?? ''
    return (text + Buffer.from(body, 'base64').toString('utf8')).includes(marker)
  })
}

/** Addresses an anonymous visitor can make up without end. */
const madeUpAddresses = (marker: string) => [
  `/search?q=${marker}`,
  `/search?q=${marker}+ketamine`,
  `/articles/${marker}`,
  `/authors/${marker}`,
  `/categories/${marker}`,
  `/categories/${marker}/feed.xml`,
  `/categories/science-of-ketamine?page=${9000 + Math.floor(Math.random() * 999)}`,
  `/${marker}`,
  `/${marker}/deeper/path`,
  ...Array.from({ length: 20 }, (_, i) => `/articles/${marker}-${i}`),
]

test('searches and unknown addresses leave nothing in the site’s cache', async ({ request }) => {
  const visit = async (marker: string) => {
    for (const address of madeUpAddresses(marker)) {
      const response = await request.get(address)
      expect(response.status(), address).toBeLessThan(500)
    }
  }
  // The first round may cache the shared indexes (slugs, categories, redirects) once.
  await visit(`warm${randomBytes(4).toString('hex')}`)
  const started = Date.now() - 1000
  const before = readdirSync(fetchCacheDir).length
  const marker = `zq${randomBytes(6).toString('hex')}`
  await visit(marker)
  expect(cacheEntriesMentioning(marker, started)).toEqual([])
  expect(readdirSync(fetchCacheDir).length).toBe(before)
})

const cacheEntries = () => (existsSync(fetchCacheDir) ? readdirSync(fetchCacheDir).sort() : [])

/** The cache entry holding the list of sitemap files ("pages articles-1 …"), if any. */
function sitemapListEntry(): string | undefined {
  return cacheEntries().find((name) => {
    try {
      const entry = JSON.parse(readFileSync(path.join(fetchCacheDir, name), 'utf8')) as {
        data?: { body?: string }
      }
      const value = JSON.parse(entry.data?.body ?? 'null') as unknown
      return typeof value === 'string' && /^pages( articles-\d+)*$/.test(value)
    } catch {
      return false
    }
  })
}

test('a sitemap file that does not exist answers 404 and adds nothing to the site cache', async ({
  request,
}) => {
  // Control: a request for a sitemap file reads the list of files, which the site keeps as a cache
  // entry; seeing it land shows this is where the site's entries are.
  expect((await request.get('/sitemaps/articles-99999.xml')).status()).toBe(404)
  await expect.poll(sitemapListEntry, { timeout: 15_000 }).toBeTruthy()
  const listEntry = path.join(fetchCacheDir, sitemapListEntry()!)
  const before = cacheEntries()

  // A crawler (or an attacker) asking for 1,000 names that do not exist: well-formed numbers
  // past the last file, and names of no shape we serve.
  const bad = Array.from({ length: 1000 }, (_, i) =>
    i % 2 ? `articles-${1000 + i}.xml` : `nonsense-${i}.xml`,
  )
  for (let start = 0; start < bad.length; start += 20) {
    await Promise.all(
      bad.slice(start, start + 20).map(async (name) => {
        const response = await request.get(`/sitemaps/${name}`)
        expect(response.status(), name).toBe(404)
        expect(await response.text(), name).toBe('No such sitemap file.')
      }),
    )
  }

  // Until a request made after all of them has written to the cache (the list of files, expired
  // and read again): the writes of the requests before it have landed by then.
  const written = statSync(listEntry).mtimeMs
  const expired = await request.post('/api/revalidate', {
    headers: { 'x-sok-revalidate-secret': process.env.E2E_REVALIDATE_SECRET ?? '' },
    data: { tags: ['articles'] },
  })
  expect(expired.status()).toBe(200)
  await expect
    .poll(
      async () => {
        expect((await request.get('/sitemaps/articles-99999.xml')).status()).toBe(404)
        return statSync(listEntry).mtimeMs
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(written)
  expect(cacheEntries()).toEqual(before)
})
