import type { LighthouseScores } from './frontend'
import type { LoadResult } from './load'

export interface Skipped {
  skipped: string
}
type Maybe<T> = T | Skipped
type Listing = LoadResult & { path: string }

export interface BenchResults {
  startedAt: string
  seconds: number
  quick: boolean
  machine: {
    cpus: number
    node: string
    loadAverageAtStart: number[]
    loadAverageAtEnd?: number[]
  }
  build: {
    coldSeconds: Maybe<number>
    unchangedSeconds: number
    unchangedFromCache: boolean
  }
  corpus: {
    articles: number
    categories: number
    authors: number
    faqs: number
    generated: boolean
    seconds: number
  }
  page: {
    slug: string
    htmlBytes: number
    site: LoadResult
    ceiling: Maybe<LoadResult>
    proxy: Maybe<LoadResult>
  }
  reads: {
    rest: LoadResult
    graphql: LoadResult
    restNoCache: LoadResult
    graphqlNoCache: LoadResult
    uncachedRender: LoadResult
  }
  listings: Record<string, Listing>
  sitemap: { isIndex: boolean; files: number; urls: number }
  searchPlans: { text: string; indexes: string[]; executionMs: number }[]
  publish: {
    edits: number
    siteMedianMs: number
    siteMaxMs: number
    /** Of that, how long the CMS took to answer the PATCH (the rest is the refresh). */
    saveMedianMs: number
    proxy: Maybe<{ medianMs: number; maxMs: number }>
  }
  signups: {
    sent: number
    /** How long until every sign-up was answered. */
    seconds: number
    perSecond: number
    /** How long until every queued sign-up was stored (the job runner writes the rows). */
    storedSeconds: number
    statuses: Record<string, number>
    /** Answered 2xx: the visitor was told the sign-up worked. */
    accepted: number
    /** Of those, how many rows exist: anything less is a lost sign-up. */
    acceptedAndStored: number
    rows: number
    distinctEmails: number
  }
  firstLoadJs: {
    routes: Record<string, number>
    article: number
    bareNext: number
    baseline: string
  }
  lighthouse: Maybe<LighthouseScores & { runs: number }>
}

/** Issue 14's measurement of the cached article page before this work: 1,000 req/s, 0.18×. */
export const BEFORE = { siteRequestsPerSecond: 1000, siteToCeiling: 0.18 }

const isSkipped = (value: unknown): value is Skipped =>
  typeof value === 'object' && value !== null && 'skipped' in value

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const rate = (value: number) => `${Math.round(value).toLocaleString('en')} req/s`
const loadCell = (result: Maybe<LoadResult>) =>
  isSkipped(result)
    ? `skipped: ${result.skipped}`
    : result.failure
      ? `FAILED: ${result.failure}`
      : result.completed === 0
        ? `no answer completed within the measured time (${kB(result.bytes)})`
        : `${rate(result.requestsPerSecond)}, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, ${kB(result.bytes)}`

interface Check {
  what: string
  budget: string
  actual: string
  pass: boolean | null
}

/** The budget of issue 14, checked against one run. `pass: null` means it could not be measured. */
export function checkBudget(r: BenchResults): Check[] {
  const checks: Check[] = []
  const add = (what: string, budget: string, actual: string, pass: boolean | null) =>
    checks.push({ what, budget, actual, pass })
  const { site, ceiling, proxy } = r.page
  if (isSkipped(ceiling) || isSkipped(proxy)) {
    add('proxy / ceiling', '≥ 0.5×', 'no nginx', null)
  } else {
    const ratio = proxy.requestsPerSecond / ceiling.requestsPerSecond
    add('proxy / ceiling', '≥ 0.5×', `${ratio.toFixed(2)}×`, ratio >= 0.5)
    const siteRatio = site.requestsPerSecond / ceiling.requestsPerSecond
    add(
      'bare Next server / ceiling',
      `≥ ${(BEFORE.siteToCeiling * 1.5).toFixed(2)}× (1.5 × the 0.18× before)`,
      `${siteRatio.toFixed(2)}×`,
      siteRatio >= BEFORE.siteToCeiling * 1.5,
    )
  }
  add(
    'bare Next server',
    `≥ ${rate(BEFORE.siteRequestsPerSecond * 1.5)} (1.5 × before; absolute, machine-bound)`,
    rate(site.requestsPerSecond),
    site.requestsPerSecond >= BEFORE.siteRequestsPerSecond * 1.5,
  )
  const p99 = (what: string, result: LoadResult, limit: number) =>
    result.failure
      ? add(what, `≤ ${limit} ms`, `failed: ${result.failure}`, false)
      : result.completed === 0
        ? add(what, `≤ ${limit} ms`, 'nothing completed', false)
        : add(what, `≤ ${limit} ms`, ms(result.p99), result.p99 <= limit)
  p99('REST by slug p99', r.reads.rest, 25)
  p99('GraphQL p99', r.reads.graphql, 40)
  for (const [name, listing] of Object.entries(r.listings)) {
    p99(
      `${name} p99`,
      listing,
      name.startsWith('search') ? 50 : name.startsWith('sitemap') ? 1000 : 100,
    )
  }
  add(
    'publish → live (site), median',
    '≤ 1,000 ms',
    ms(r.publish.siteMedianMs),
    r.publish.siteMedianMs <= 1000,
  )
  const js = r.firstLoadJs.article - r.firstLoadJs.bareNext
  add('article first-load JS over bare Next', '≤ 15 kB gzip', `${js.toFixed(1)} kB`, js <= 15)
  if (isSkipped(r.lighthouse)) {
    add('Lighthouse', '100 / 100 / 100 / 100', 'no Chromium', null)
  } else {
    const l = r.lighthouse
    const scores = [l.performance, l.accessibility, l.bestPractices, l.seo]
    add(
      'Lighthouse',
      '100 / 100 / 100 / 100',
      scores.join(' / '),
      scores.every((s) => s === 100),
    )
  }
  const s = r.signups
  const intact =
    s.acceptedAndStored === s.accepted && s.rows === s.distinctEmails && s.accepted === s.sent
  add(
    'sign-ups',
    'all accepted and stored once, ≥ 300/s',
    `${s.accepted} of ${s.sent} accepted, ${s.acceptedAndStored} of those stored, ${s.rows} rows, ${s.distinctEmails} addresses; ${Math.round(s.perSecond)}/s`,
    intact && s.perSecond >= 300,
  )
  add(
    'build with nothing changed',
    '≤ 15 s',
    `${r.build.unchangedSeconds.toFixed(1)} s${r.build.unchangedFromCache ? ' (Turborepo cache)' : ' (not from cache)'}`,
    r.build.unchangedSeconds <= 15,
  )
  return checks
}

export function printReport(r: BenchResults): Check[] {
  const rows: [string, string, string][] = []
  const row = (n: string, what: string, result: string) => rows.push([n, what, result])
  const { site, ceiling, proxy } = r.page
  row('1', `cached article page, site (50 connections)`, loadCell(site))
  row('1', `ceiling: nginx serving the same ${kB(r.page.htmlBytes)} of HTML`, loadCell(ceiling))
  if (!isSkipped(ceiling)) {
    row(
      '1',
      'site / ceiling',
      `${(site.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2)}×`,
    )
  }
  row('2', 'through the recommended nginx micro-cache (50 connections)', loadCell(proxy))
  if (!isSkipped(ceiling) && !isSkipped(proxy)) {
    row(
      '2',
      'proxy / ceiling',
      `${(proxy.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2)}×`,
    )
  }
  row('3', 'REST article by slug, depth 1 (20 connections)', loadCell(r.reads.rest))
  row('3', 'GraphQL equivalent (20 connections)', loadCell(r.reads.graphql))
  row('3', 'REST, bypassing the CMS read cache (no-cache)', loadCell(r.reads.restNoCache))
  row('3', 'GraphQL, bypassing the CMS read cache (no-cache)', loadCell(r.reads.graphqlNoCache))
  row('3', 'site, uncached render (CONTENT_REVALIDATE_SECONDS=0)', loadCell(r.reads.uncachedRender))
  for (const [name, listing] of Object.entries(r.listings)) {
    row('4', `${name}: ${listing.path} (10 connections)`, loadCell(listing))
  }
  for (const plan of r.searchPlans) {
    row(
      '4',
      `search plan for "${plan.text}" (EXPLAIN ANALYZE)`,
      `${ms(plan.executionMs)}; ${plan.indexes.join(', ') || 'no index'}`,
    )
  }
  row(
    '4',
    'sitemap',
    `${r.sitemap.urls.toLocaleString('en')} URLs in ${r.sitemap.files} file(s)${r.sitemap.isIndex ? ' behind a sitemap index' : ''}`,
  )
  row(
    '5',
    `publish → live, ${r.publish.edits} title changes (site)`,
    `median ${ms(r.publish.siteMedianMs)}, max ${ms(r.publish.siteMaxMs)} (the CMS answered the save after ${ms(r.publish.saveMedianMs)}, median)`,
  )
  row(
    '5',
    'publish → live through the proxy',
    isSkipped(r.publish.proxy)
      ? `skipped: ${r.publish.proxy.skipped}`
      : `median ${ms(r.publish.proxy.medianMs)}, max ${ms(r.publish.proxy.maxMs)}`,
  )
  const s = r.signups
  row(
    '6',
    `${s.sent.toLocaleString('en')} concurrent newsletter sign-ups through the site`,
    `answered in ${s.seconds.toFixed(2)} s, ${Math.round(s.perSecond)}/s; all stored after ${s.storedSeconds.toFixed(1)} s; answers ${JSON.stringify(s.statuses)}; ${s.acceptedAndStored} of ${s.accepted} accepted stored; ${s.rows} rows, ${s.distinctEmails} distinct addresses`,
  )
  for (const [route, size] of Object.entries(r.firstLoadJs.routes)) {
    row('7', `first-load JS ${route} (gzip -9)`, `${size.toFixed(1)} kB`)
  }
  row('7', `baseline: ${r.firstLoadJs.baseline}`, `${r.firstLoadJs.bareNext.toFixed(1)} kB`)
  if (isSkipped(r.lighthouse)) {
    row('8', 'Lighthouse', `skipped: ${r.lighthouse.skipped}`)
  } else {
    const l = r.lighthouse
    row(
      '8',
      `Lighthouse 12.2.3, article, mobile, median of ${l.runs}`,
      `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}; LCP ${ms(l.lcpMs)}, CLS ${l.cls.toFixed(3)}, TBT ${ms(l.tbtMs)}`,
    )
    if (l.flagged.length) row('8', 'audits that lost points', l.flagged.join(', '))
  }
  const cold = r.build.coldSeconds
  row(
    '9',
    'cold build, both apps',
    isSkipped(cold) ? `skipped: ${cold.skipped}` : `${cold.toFixed(1)} s`,
  )
  row(
    '9',
    'second build, nothing changed',
    `${r.build.unchangedSeconds.toFixed(1)} s${r.build.unchangedFromCache ? ' (FULL TURBO)' : ''}`,
  )

  const m = r.machine
  console.log(
    `\nScience of Ketamine benchmark: ${r.corpus.articles.toLocaleString('en')} articles, ${r.corpus.categories} categories, ${r.corpus.authors} authors, ${r.corpus.faqs} FAQs${r.quick ? ' (--quick)' : ''}`,
  )
  console.log(
    `${m.cpus} CPUs, Node ${m.node}, load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverageAtEnd?.join(' ')} at end; ${Math.round(r.seconds)} s in all\n`,
  )
  console.log('| # | what | result |')
  console.log('|---|---|---|')
  for (const [n, what, result] of rows) console.log(`| ${n} | ${what} | ${result} |`)

  const checks = checkBudget(r)
  console.log('\n| budget | target | this run | |')
  console.log('|---|---|---|---|')
  for (const check of checks) {
    const mark = check.pass === null ? 'not measured' : check.pass ? 'ok' : 'MISSED'
    console.log(`| ${check.what} | ${check.budget} | ${check.actual} | ${mark} |`)
  }
  const missed = checks.filter((check) => check.pass === false).length
  console.log(missed ? `\n${missed} budget line(s) missed.` : '\nEvery budget line met.')
  return checks
}
