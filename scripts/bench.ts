/**
 * `npm run bench`: figures for the production builds on this machine, all from one run, against a
 * throwaway database on loopback. Request counts are fixed and small; nothing runs open-ended.
 */

interface Timing {
  median: number
  p95: number
  perSecond: number
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** `count` requests, `concurrency` at a time; every answer must be 2xx. */
async function measure(
  url: string,
  count: number,
  concurrency = 1,
  init?: RequestInit,
): Promise<Timing> {
  const durations: number[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < count) {
      next += 1
      const t0 = performance.now()
      const response = await fetch(url, init)
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${url} answered ${response.status}`)
      durations.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const total = (performance.now() - started) / 1000
  durations.sort((a, b) => a - b)
  return {
    median: percentile(durations, 50),
    p95: percentile(durations, 95),
    perSecond: count / total,
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`

export async function runBench({ cmsUrl, webUrl }: { cmsUrl: string; webUrl: string }) {
  const slug = 'ketamine-brain-imaging-hippocampus-amygdala'
  const articlePath = `/articles/${slug}`
  // Warm up: the first request renders and caches the page.
  await measure(`${webUrl}${articlePath}`, 3)
  await measure(`${webUrl}/`, 3)

  const rows: [string, Timing][] = [
    ['site: article page (cached), 1 at a time', await measure(`${webUrl}${articlePath}`, 200)],
    ['site: article page (cached), 8 at a time', await measure(`${webUrl}${articlePath}`, 400, 8)],
    ['site: home page (rendered per request)', await measure(`${webUrl}/`, 100)],
    [
      'CMS: the article over REST, as an uncached page must',
      await measure(`${cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=2&limit=1`, 100),
    ],
  ]

  // Publish → visible: an admin edits a published article's title; time until readers see it.
  const password = 'bench-password-not-secret'
  await fetch(`${cmsUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Bench', email: 'bench@example.com', password }),
  })
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password }),
  })
  const { token } = (await login.json()) as { token: string }
  const found = await fetch(`${cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await found.json()) as { docs: { id: number; title: string }[] }
  const article = docs[0]!
  const latencies: number[] = []
  for (let round = 1; round <= 5; round++) {
    const title = `${article.title} (${round})`
    const t0 = performance.now()
    const saved = await fetch(`${cmsUrl}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publishing answered ${saved.status}`)
    const savedAt = performance.now()
    while (performance.now() - savedAt < 10_000) {
      const page = await (await fetch(`${webUrl}${articlePath}`)).text()
      if (page.includes(title.replace(/&/g, '&amp;'))) break
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    latencies.push(performance.now() - t0)
  }
  latencies.sort((a, b) => a - b)

  const cached = rows[0]![1].median
  const uncachedFloor = rows[3]![1].median
  console.log('\nScience of Ketamine benchmark (production builds, this machine, one run)\n')
  console.log('| what | median | p95 | requests/s |')
  console.log('|---|---|---|---|')
  for (const [name, timing] of rows) {
    console.log(
      `| ${name} | ${ms(timing.median)} | ${ms(timing.p95)} | ${timing.perSecond.toFixed(0)} |`,
    )
  }
  console.log(
    `| publish → readers see it (5 edits) | ${ms(percentile(latencies, 50))} | ${ms(latencies.at(-1)!)} (max) | |`,
  )
  console.log(
    `\nA cached article page answers in ${(cached / uncachedFloor).toFixed(2)}× the time the CMS alone needs for the data an uncached render would fetch.`,
  )
}
