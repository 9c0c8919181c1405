/**
 * `npm run test:multi`: several instances on shared, real infrastructure, on this machine.
 *
 * One embedded Postgres, Debian's redis-server, an S3-compatible server (s3rver), two CMS and two
 * site processes (production builds) behind nginx with the configuration docker-compose uses.
 * It checks what only shows with more than one instance, prints the figures, and stops
 * everything it started. Every request goes to loopback; every wait is bounded.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, startPostgres, type PostgresServer } from '@sok/postgres'
import pg from 'pg'
import S3rver from 's3rver'

import { nginxConfig } from './lib/load-balancer'
import { bin, cmsDir, repoRoot, webDir } from './lib/paths'
import { runCommand, type Service, startService, stopService, waitForUrl } from './lib/processes'

const DATABASE = 'sok_multi'
const BUCKET = 'media'
const S3_KEY = 'S3RVER' // s3rver's fixed development credentials
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file))
const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((file) =>
  existsSync(file),
)

const services: Service[] = []
const results: { name: string; ok: boolean; detail: string }[] = []
const figures: string[] = []
let database: PostgresServer | undefined
let s3: S3rver | undefined
const workDir = mkdtempSync(path.join(os.tmpdir(), 'sok-multi-'))

function check(name: string, ok: boolean, detail: string) {
  results.push({ name, ok, detail })
  console.log(`${ok ? '✓' : '✗'} ${name}: ${detail}`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function text(url: string, init?: RequestInit): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
  return { status: response.status, body: await response.text() }
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;')

interface Topology {
  cms: { a: string; b: string; lb: string }
  web: { a: string; b: string; lb: string }
  secrets: { PAYLOAD_SECRET: string; SIGNUP_PROXY_SECRET: string; REVALIDATE_SECRET: string }
  databaseUrl: string
}

async function startInfrastructure(): Promise<{ redisUrl: string; s3Endpoint: string }> {
  if (!NGINX || !REDIS) {
    throw new Error(
      "test:multi needs Debian's nginx and redis-server (apt-get install nginx redis-server); .ci/run installs them.",
    )
  }
  database = await startPostgres()
  await database.ensureDatabase(DATABASE)

  const redisPort = await freePort()
  const redis = startService(
    'redis',
    REDIS,
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: workDir, env: process.env },
  )
  services.push(redis)

  const s3Port = await freePort()
  s3 = new S3rver({
    port: s3Port,
    address: '127.0.0.1',
    directory: path.join(workDir, 's3'),
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  await s3.run()
  return { redisUrl: `redis://127.0.0.1:${redisPort}`, s3Endpoint: `http://127.0.0.1:${s3Port}` }
}

async function startInstances(redisUrl: string, s3Endpoint: string): Promise<Topology> {
  const [cmsA, cmsB, webA, webB, cmsLb, webLb] = await Promise.all(
    Array.from({ length: 6 }, () => freePort()),
  )
  const local = (port: number | undefined) => `http://127.0.0.1:${port}`
  const topology: Topology = {
    cms: { a: local(cmsA), b: local(cmsB), lb: local(cmsLb) },
    web: { a: local(webA), b: local(webB), lb: local(webLb) },
    secrets: {
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SIGNUP_PROXY_SECRET: randomBytes(32).toString('hex'),
      REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    },
    databaseUrl: database!.url(DATABASE),
  }

  const conf = path.join(workDir, 'nginx.conf')
  writeFileSync(
    conf,
    nginxConfig({
      runDir: workDir,
      maxBodyMb: 12,
      balanced: [
        {
          name: 'cms',
          listen: `127.0.0.1:${cmsLb}`,
          servers: [`127.0.0.1:${cmsA}`, `127.0.0.1:${cmsB}`],
        },
        {
          name: 'web',
          listen: `127.0.0.1:${webLb}`,
          servers: [`127.0.0.1:${webA}`, `127.0.0.1:${webB}`],
        },
      ],
    }),
  )
  services.push(
    startService('lb', NGINX!, ['-p', workDir, '-c', conf, '-g', 'daemon off;'], {
      cwd: workDir,
      env: process.env,
    }),
  )

  // A "replica" that is the primary under another connection string: the replica code paths
  // run (routing, health, waiting for replay) without a second server.
  const replicaUrl = new URL(topology.databaseUrl)
  replicaUrl.searchParams.set('application_name', 'sok-read-replica')
  const base = { ...process.env, NODE_ENV: 'production' }
  const cmsEnv = {
    ...base,
    ...topology.secrets,
    DATABASE_URL: topology.databaseUrl,
    DATABASE_READ_URLS: replicaUrl.toString(),
    CMS_PUBLIC_URL: topology.cms.lb,
    WEB_PUBLIC_URL: topology.web.lb,
    // The CMS tells ONE site instance, through the load balancer; the shared cache does the rest.
    WEB_INTERNAL_URL: topology.web.lb,
    JOBS_CRON: '* * * * * *',
    MAIL_DIR: path.join(workDir, 'mail'),
    NEWSLETTER_LIMIT_PER_EMAIL: '3',
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: s3Endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: S3_KEY,
    S3_SECRET_ACCESS_KEY: S3_KEY,
  }
  const webEnv = {
    ...base,
    CMS_URL: topology.cms.lb,
    CMS_PUBLIC_URL: topology.cms.lb,
    SITE_URL: topology.web.lb,
    SIGNUP_PROXY_SECRET: topology.secrets.SIGNUP_PROXY_SECRET,
    REVALIDATE_SECRET: topology.secrets.REVALIDATE_SECRET,
    REDIS_URL: redisUrl,
  }
  const next = (name: string, cwd: string, port: number | undefined, env: NodeJS.ProcessEnv) => {
    const service = startService(name, bin('next'), ['start', '--port', String(port)], { cwd, env })
    services.push(service)
    return service
  }
  // The first CMS applies migrations and seeds; the second starts on a ready database (as the
  // compose file's one-shot migrate step arranges in a deployment).
  const a = next('cmsA', cmsDir, cmsA, cmsEnv)
  await waitForUrl(`${topology.cms.a}/api/health`, 180_000, a)
  const b = next('cmsB', cmsDir, cmsB, cmsEnv)
  const sites = [next('webA', webDir, webA, webEnv), next('webB', webDir, webB, webEnv)]
  await waitForUrl(`${topology.cms.b}/api/health`, 180_000, b)
  await Promise.all(
    sites.map((site, index) =>
      waitForUrl(`${[topology.web.a, topology.web.b][index]}/api/health`, 180_000, site),
    ),
  )
  return topology
}

async function adminToken(cms: string): Promise<string> {
  const credentials = { email: 'multi@example.com', password: 'multi-instance-test-password' }
  await fetch(`${cms}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...credentials, name: 'Multi' }),
  })
  const { token } = await json<{ token: string }>(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  return token
}

async function checkHealth(topology: Topology) {
  for (const [name, url] of Object.entries({
    'CMS A': topology.cms.a,
    'CMS B': topology.cms.b,
    'site A': topology.web.a,
    'site B': topology.web.b,
  })) {
    const { status, body } = await text(`${url}/api/health`)
    const checks = Object.keys((JSON.parse(body) as { checks: object }).checks).join(', ')
    check(`${name} is healthy`, status === 200, `${status}, checks: ${checks}`)
  }
}

interface Article {
  id: number
  slug: string
  title: string
}

/** Publish through CMS A; both site instances, asked directly, must show it within 1 s. */
async function checkPublishReachesBothSites(topology: Topology, token: string) {
  const { docs } = await json<{ docs: Article[] }>(
    `${topology.cms.a}/api/articles?limit=1&depth=0&sort=-publishedAt`,
  )
  const article = docs[0]!
  const page = `/articles/${article.slug}`
  // Both instances have the page cached before the edit (the first render fills the cache).
  for (const site of [topology.web.a, topology.web.b]) {
    for (let i = 0; i < 2; i++) await text(`${site}${page}`)
  }

  const timings: number[] = []
  // Round 0 is the first edit these fresh processes handle (first publish, first revalidation
  // call, first render of the new version): printed, not judged. Rounds 1–3 are judged.
  for (let round = 0; round <= 3; round++) {
    // The site expires a change's tags once more 5 s after it (apps/web/src/app/api/revalidate):
    // a render that pass starts while this edit commits could save the old title until this
    // edit's own second pass. Each edit is measured on its own, after the last one has settled.
    await sleep(6_000)
    const title = `${article.title} (edition ${round})`
    const saved = await fetch(`${topology.cms.a}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publishing through CMS A answered ${saved.status}`)
    const savedAt = performance.now()
    const seenAt = await Promise.all(
      [topology.web.a, topology.web.b].map(async (site) => {
        while (performance.now() - savedAt < 10_000) {
          const { body } = await text(`${site}${page}`)
          if (body.includes(escapeHtml(title))) return performance.now() - savedAt
          await sleep(20)
        }
        return Infinity
      }),
    )
    timings.push(Math.max(...seenAt))
  }
  const first = timings.shift()!
  const worst = Math.max(...timings)
  figures.push(
    `publish → both site instances: ${timings.map((t) => `${t.toFixed(0)} ms`).join(', ')} (3 edits; worst ${worst.toFixed(0)} ms; the first edit after start: ${first.toFixed(0)} ms)`,
  )
  check(
    'a publish through CMS A reaches both site instances within 1 s',
    worst <= 1_000,
    `worst of 3: ${worst.toFixed(0)} ms`,
  )
}

/** A scheduled publish due now, with two CMS instances running jobs every second. */
async function checkScheduledPublishOnce(topology: Topology, token: string) {
  const title = `Scheduled once ${Date.now().toString(36)}`
  const { doc } = await json<{ doc: Article }>(`${topology.cms.a}/api/articles?draft=true`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ ...(await articleBasics(topology, token)), title, _status: 'draft' }),
  })
  const client = new pg.Client({ connectionString: topology.databaseUrl })
  await client.connect()
  try {
    // What the admin's "Schedule publish" stores: a schedulePublish job that waits until then.
    await client.query(
      `INSERT INTO payload_jobs (input, task_slug, queue, wait_until)
       VALUES ($1, 'schedulePublish', 'default', now() + interval '2 seconds')`,
      [JSON.stringify({ type: 'publish', doc: { relationTo: 'articles', value: doc.id } })],
    )
    const deadline = Date.now() + 20_000
    let visible = false
    while (!visible && Date.now() < deadline) {
      const { body } = await text(`${topology.web.lb}/articles/${doc.slug}`)
      visible = body.includes(escapeHtml(title))
      if (!visible) await sleep(250)
    }
    // Both runners had every second for several seconds to run it; a second run would add a
    // second published version.
    await sleep(3_000)
    const { rows } = await client.query<{ published: string }>(
      `SELECT count(*) AS published FROM _articles_v WHERE parent_id = $1 AND version__status = 'published'`,
      [doc.id],
    )
    const published = Number(rows[0]?.published)
    check(
      'a scheduled publish fires exactly once with two job runners',
      visible && published === 1,
      `on the site: ${visible}, published versions: ${published}`,
    )
  } finally {
    await client.end()
  }
}

async function articleBasics(topology: Topology, token: string) {
  const auth = { headers: { Authorization: `JWT ${token}` } }
  const [category] = (
    await json<{ docs: { id: number }[] }>(`${topology.cms.a}/api/categories?limit=1`, auth)
  ).docs
  const [author] = (
    await json<{ docs: { id: number }[] }>(`${topology.cms.a}/api/authors?limit=1`, auth)
  ).docs
  const paragraph = (value: string) => ({
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', text: value, version: 1 }],
  })
  return {
    summary: 'A test article for several instances.',
    category: category!.id,
    authors: [author!.id],
    body: { root: { type: 'root', version: 1, children: [paragraph('Body text.')] } },
  }
}

/** The per-address limit (3 an hour) counts attempts on both instances together. */
async function checkRateLimitAcrossInstances(topology: Topology) {
  const email = `limit-${Date.now().toString(36)}@example.com`
  const statuses: number[] = []
  for (let attempt = 0; attempt < 6; attempt++) {
    const cms = attempt % 2 === 0 ? topology.cms.a : topology.cms.b
    const response = await fetch(`${cms}/api/newsletter-signups/subscribe`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'x-sok-signup-secret': topology.secrets.SIGNUP_PROXY_SECRET,
        'x-sok-client-ip': `203.0.113.${attempt + 10}`,
      },
      body: JSON.stringify({ email, consent: true, sourcePage: '/' }),
    })
    statuses.push(response.status)
  }
  const limited = statuses.filter((status) => status === 429).length
  check(
    'the newsletter rate limit holds across both CMS instances',
    limited === 3 && statuses.slice(0, 3).every((status) => status < 300),
    `statuses A,B,A,B,A,B: ${statuses.join(', ')}`,
  )
}

/** An upload through CMS A lands in the bucket, and its sizes are served by CMS B and via the LB. */
async function checkMediaOnObjectStorage(topology: Topology, token: string) {
  const sharp = (await import('sharp')).default
  const png = await sharp({
    create: { width: 1800, height: 1000, channels: 3, background: { r: 30, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'multi-test.png')
  form.append('_payload', JSON.stringify({ alt: 'A blue test image' }))
  const { doc } = await json<{
    doc: { id: number; url: string; sizes: Record<string, { url: string; filename: string }> }
  }>(`${topology.cms.a}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const stored = readdirSync(path.join(workDir, 's3', BUCKET), { recursive: true })
    .map(String)
    .filter((file) => file.startsWith('multi-test') && !file.endsWith('._S3rver_metadata.json'))
  const cardUrl = new URL(doc.sizes.card!.url)
  const fromB = await fetch(`${topology.cms.b}${cardUrl.pathname}`)
  const viaLb = await fetch(doc.sizes.hero!.url)
  check(
    'uploads go to object storage and every CMS instance serves them',
    stored.length >= 4 &&
      fromB.status === 200 &&
      fromB.headers.get('content-type') === 'image/webp' &&
      viaLb.status === 200 &&
      doc.url.startsWith(topology.cms.lb),
    `${stored.length} objects in the bucket; card from CMS B ${fromB.status} ${fromB.headers.get('content-type')}; hero via the load balancer ${viaLb.status}; url ${doc.url.replace(topology.cms.lb, '<cms>')}`,
  )
}

/**
 * Steady traffic through the load balancer while one site and one CMS instance are killed
 * (SIGKILL: no goodbye). Every answer must still come, and none may be a 5xx.
 */
async function checkFailover(topology: Topology, article: string) {
  const urls = [
    `${topology.web.lb}/`,
    `${topology.web.lb}${article}`,
    `${topology.cms.lb}/api/articles?limit=2&depth=0`,
    `${topology.cms.lb}/api/health`,
  ]
  const counts = { total: 0, duringKills: 0, fiveXx: 0, cutOff: 0, failed: 0 }
  let killedAt = Infinity
  let phase: 'before' | 'during' | 'after' = 'before'
  const stopAt = Date.now() + 12_000
  const worker = async (offset: number) => {
    for (let i = offset; Date.now() < stopAt; i++) {
      const startedAt = Date.now()
      try {
        const response = await fetch(urls[i % urls.length]!, {
          signal: AbortSignal.timeout(15_000),
        })
        await response.arrayBuffer()
        if (response.status >= 500) counts.fiveXx += 1
      } catch {
        // A response already streaming when its process died cannot be saved by any balancer;
        // every request that starts after the kill must be answered.
        if (startedAt <= killedAt) counts.cutOff += 1
        else counts.failed += 1
      }
      counts.total += 1
      if (phase === 'during') counts.duringKills += 1
    }
  }
  const traffic = Promise.all([0, 1, 2, 3].map(worker))
  await sleep(3_000)
  phase = 'during'
  killedAt = Date.now()
  for (const name of ['webB', 'cmsB']) {
    const service = services.find((candidate) => candidate.name === name)!
    process.kill(-service.child.pid!, 'SIGKILL')
  }
  await sleep(4_000)
  phase = 'after'
  await traffic
  figures.push(
    `failover: ${counts.total} requests in 12 s, ${counts.duringKills} in the 4 s after killing site B and CMS B; ${counts.fiveXx} answered 5xx, ${counts.failed} started after the kill got no answer, ${counts.cutOff} were cut off mid-answer by the kill`,
  )
  check(
    'the load balancer keeps answering while a site and a CMS instance die',
    counts.fiveXx === 0 && counts.failed === 0 && counts.duringKills > 0,
    `${counts.total} requests, ${counts.duringKills} during the kills, ${counts.fiveXx} 5xx, ${counts.failed} unanswered after the kill, ${counts.cutOff} cut off by it`,
  )
}

/** Redis gone: the site still serves (uncached) and says so on /api/health. */
async function checkRedisOutage(topology: Topology, article: string) {
  await stopService(services.find((service) => service.name === 'redis')!)
  const health = await text(`${topology.web.a}/api/health`)
  const page = await text(`${topology.web.a}${article}`)
  check(
    'without Redis the site keeps serving and reports it on /api/health',
    health.status === 503 && health.body.includes('redis') && page.status === 200,
    `health ${health.status} ${health.body.slice(0, 120)}; article ${page.status}`,
  )
}

/** SIGTERM: CMS A finishes what it is doing and exits on its own, well within the grace period. */
async function checkGracefulStop() {
  const cms = services.find((service) => service.name === 'cmsA')!
  const started = Date.now()
  process.kill(-cms.child.pid!, 'SIGTERM')
  const code = await Promise.race([cms.exited, sleep(30_000).then(() => 'timeout' as const)])
  check(
    'SIGTERM stops a CMS instance cleanly',
    code === 143,
    `exit ${code} after ${Date.now() - started} ms`,
  )
}

async function shutdown() {
  await Promise.all(services.map((service) => stopService(service)))
  await s3?.close().catch(() => {})
  await database?.stop().catch(() => {})
  rmSync(workDir, { recursive: true, force: true })
}

async function main() {
  const started = Date.now()
  // --no-build reuses the builds as they are, for iterating on this test itself.
  if (!process.argv.includes('--no-build')) {
    const built = await runCommand(bin('turbo'), ['run', 'build'], {
      cwd: repoRoot,
      env: process.env,
    })
    if (built !== 0) throw new Error('The build failed')
  }
  const { redisUrl, s3Endpoint } = await startInfrastructure()
  const topology = await startInstances(redisUrl, s3Endpoint)
  console.log(
    `\nTwo CMS and two site instances up in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  )

  const token = await adminToken(topology.cms.a)
  await checkHealth(topology)
  await checkPublishReachesBothSites(topology, token)
  await checkScheduledPublishOnce(topology, token)
  await checkRateLimitAcrossInstances(topology)
  await checkMediaOnObjectStorage(topology, token)
  const { docs } = await json<{ docs: Article[] }>(`${topology.cms.a}/api/articles?limit=1&depth=0`)
  const article = `/articles/${docs[0]!.slug}`
  await checkFailover(topology, article)
  await checkRedisOutage(topology, article)
  await checkGracefulStop()

  console.log('\nFigures (this machine, one run):')
  for (const figure of figures) console.log(`  ${figure}`)
  const failed = results.filter((result) => !result.ok).length
  console.log(`\ntest:multi took ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`${results.length - failed} passed, ${failed} failed`)
  return failed === 0 ? 0 : 1
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void shutdown().then(() => process.exit(130)))
}

main()
  .catch((error: Error) => {
    console.error(`\ntest:multi could not finish: ${error.message}`)
    return 1
  })
  .then(async (code) => {
    await shutdown()
    process.exit(code)
  })
