import { uploadHeroImage } from './admin'
import { watchCsp } from './csp'
import { cmsUrl, expect, signIn, test } from './fixtures'
import { newsletterBox } from './newsletter-box'

const article = '/articles/ketamine-brain-imaging-hippocampus-amygdala'
const webUrl = process.env.WEB_URL ?? 'http://localhost:3101'
const cmsOrigin = new URL(cmsUrl).origin

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | undefined): Record<string, string[]> {
  expect(policy, 'a Content-Security-Policy header').toBeTruthy()
  return Object.fromEntries(
    policy!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  )
}

test.describe('the site sends its security headers', () => {
  for (const [name, url] of [
    ['home', '/'],
    ['article (cached)', article],
    ['search', '/search?q=ketamine'],
    ['newsletter result', '/newsletter/result?status=ok'],
    ['a 404', '/no-such-page'],
  ] as const) {
    test(`on the ${name} page`, async ({ request }) => {
      const response = await request.get(url)
      const headers = response.headers()
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')
      // A production build: HSTS is sent (browsers only honour it over https).
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
      const csp = directives(headers['content-security-policy'])
      expect(csp['frame-ancestors']).toEqual([cmsOrigin])
      expect(csp['object-src']).toEqual(["'none'"])
      expect(csp['base-uri']).toEqual(["'none'"])
      expect(csp['script-src']).not.toContain("'unsafe-eval'")
      expect(csp['connect-src']).toContain(cmsOrigin)
    })
  }

  test('pages rendered per request get a fresh nonce; the cached article page cannot', async ({
    request,
  }) => {
    const nonces = await Promise.all(
      [1, 2].map(async () => {
        const response = await request.get('/search?q=ketamine')
        const script = directives(response.headers()['content-security-policy'])['script-src']!
        expect(script).toContain("'strict-dynamic'")
        expect(script).not.toContain("'unsafe-inline'")
        const nonce = script.find((value) => value.startsWith("'nonce-"))!.slice(7, -1)
        expect(await response.text()).toContain(`nonce="${nonce}"`)
        return nonce
      }),
    )
    expect(nonces[0]).not.toBe(nonces[1])
    const cached = await request.get(article)
    expect(cached.headers()['x-nextjs-cache'] ?? 'HIT').toMatch(/HIT|STALE|MISS/)
    expect(directives(cached.headers()['content-security-policy'])['script-src']).toEqual([
      "'self'",
      "'unsafe-inline'",
    ])
  })

  test('API answers get a policy that loads nothing and may not be framed', async ({ request }) => {
    const response = await request.post('/api/revalidate', { data: {} })
    expect(response.status()).toBe(401)
    expect(response.headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
  })
})

test.describe('the site runs with zero CSP violations', () => {
  test('home, article, search as you type and the newsletter form', async ({ page }) => {
    const violations = await watchCsp(page)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // "Show more" loads the next articles from the CMS in the browser (connect-src).
    const more = page.getByRole('button', { name: /show more/i })
    if (await more.count()) await more.click()

    await page.goto(article)
    await expect(page.getByRole('img').first()).toBeVisible()
    const box = await newsletterBox(page)
    await box.getByLabel('Email address').fill(`csp-${Date.now()}@example.com`)
    await box.getByLabel(/I agree/).check()
    await box.getByRole('button', { name: 'Sign up' }).click()
    await expect(box.getByRole('status')).toContainText(/check your inbox/i)

    await page.goto('/search')
    await page.getByLabel('Search articles and questions').fill('hippocamp')
    await expect(page.getByRole('status')).toContainText(/match “hippocamp”/)
    // A client-side navigation from a per-request page to a cached one.
    await page.getByRole('link', { name: /3T and 7T MRI/ }).click()
    await expect(page).toHaveURL(new RegExp(article))

    await page.goto('/faq')
    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    expect(violations).toEqual([])
  })

  test('a script injected into a page rendered per request does not run', async ({ page }) => {
    // As if an attacker got markup into the page: the real answer, with a script added.
    await page.route(/\/search\?q=injected$/, async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(
        '</body>',
        '<script>window.__injected = true</script></body>',
      )
      await route.fulfill({ response, body })
    })
    const violations = await watchCsp(page)
    await page.goto('/search?q=injected')
    await expect.poll(() => violations.join('\n')).toContain('script-src')
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBe(
      undefined,
    )
  })

  test('only the CMS origin may show the site in a frame', async ({ page }) => {
    // The framed page is fetched for real and handed over with its own headers; serving it
    // through the route keeps Chromium's local-network checks out of the way.
    await page.route(`${webUrl}/faq`, async (route) =>
      route.fulfill({ response: await route.fetch() }),
    )
    const frameFrom = async (origin: string) => {
      const url = `${origin}/frame-test-${Date.now()}`
      await page.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><iframe src="${webUrl}/faq" width="800" height="600"></iframe>`,
        }),
      )
      await page.goto(url)
    }
    const framedSite = () => page.frames().find((frame) => frame.url().startsWith(webUrl))

    // The admin's origin (live preview) sees the site.
    await frameFrom(cmsOrigin)
    await expect.poll(() => framedSite()?.locator('h1').count() ?? 0).toBe(1)

    // Any other site sees nothing, and Chromium says why.
    const violations = await watchCsp(page)
    await frameFrom('http://evil.example')
    await expect.poll(() => violations.join('\n')).toContain('frame-ancestors')
    expect(framedSite()).toBeUndefined()
  })
})

test.describe('the CMS sends its security headers', () => {
  test('on the admin, the API and uploaded files', async ({ request }) => {
    const admin = await request.get(`${cmsUrl}/admin/login`)
    const adminHeaders = admin.headers()
    expect(adminHeaders['x-content-type-options']).toBe('nosniff')
    expect(adminHeaders['x-frame-options']).toBe('SAMEORIGIN')
    expect(adminHeaders['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
    const csp = directives(adminHeaders['content-security-policy'])
    expect(csp['frame-ancestors']).toEqual(["'self'"])
    expect(csp['script-src']).toContain("'strict-dynamic'")
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
    expect(csp['script-src']).not.toContain("'unsafe-inline'")
    expect(csp['frame-src']).toContain(new URL(webUrl).origin)

    const api = await request.get(`${cmsUrl}/api/articles?limit=1&depth=0`)
    expect(api.headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(api.headers()['x-content-type-options']).toBe('nosniff')

    const media = (await (await request.get(`${cmsUrl}/api/media?limit=1`)).json()) as {
      docs: { url: string }[]
    }
    const file = await request.get(new URL(media.docs[0]!.url, cmsUrl).toString())
    expect(file.ok()).toBe(true)
    expect(directives(file.headers()['content-security-policy'])).toHaveProperty('sandbox')
  })
})

test('the admin runs with zero CSP violations: log in, edit an article, upload an image', async ({
  page,
  users,
}) => {
  test.setTimeout(180_000)
  const violations = await watchCsp(page)
  await signIn(page, users.editor)
  await page.goto(`${cmsUrl}/admin/collections/articles/create`)
  await page.locator('#field-title').fill(`Checked for CSP ${Date.now()}`)
  await page.locator('#field-summary').fill('An article written while watching for CSP violations.')
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type('Typed in the rich text editor.')

  await uploadHeroImage(page, 'csp', 'A green square for the CSP check')

  await page.goto(`${cmsUrl}/admin/collections/media`)
  await expect(page.getByText(/e2e-csp/).first()).toBeVisible()
  await page.goto(`${cmsUrl}/admin`)
  await expect(page.getByRole('heading').first()).toBeVisible()
  expect(violations).toEqual([])
})
