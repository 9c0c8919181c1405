import autocannon from 'autocannon'

export interface LoadOptions {
  connections: number
  /** Seconds of measured load, after `warmup` seconds that are thrown away. */
  duration: number
  warmup: number
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

export interface LoadResult {
  connections: number
  requestsPerSecond: number
  /** Answers completed in the measured time (0 on an overloaded machine: no figure then). */
  completed: number
  p50: number
  p99: number
  /** Bytes of one answer's body. */
  bytes: number
  errors: number
  /** Why the row failed (a non-2xx answer, errors or timeouts): the figures then mean nothing. */
  failure?: string
}

/**
 * Holds `connections` open against one URL for a fixed time with autocannon and reports the
 * rate and latency percentiles. Every answer must be a 2xx: anything else fails the row (the run
 * goes on and the report says why), so a fast error page can never pass for a fast page.
 */
export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const request = {
    url,
    connections: options.connections,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body ? { body: options.body } : {}),
    timeout: 30,
  }
  const sample = await fetch(url, {
    method: request.method,
    headers: request.headers,
    body: options.body,
  })
  const bytes = (await sample.arrayBuffer()).byteLength
  const failedRow = (failure: string, completed = 0): LoadResult => ({
    connections: options.connections,
    requestsPerSecond: 0,
    completed,
    p50: 0,
    p99: 0,
    bytes,
    errors: 1,
    failure,
  })
  if (!sample.ok) return failedRow(`answered ${sample.status} before the load started`)
  if (options.warmup > 0) await autocannon({ ...request, duration: options.warmup })
  const result = await autocannon({ ...request, duration: options.duration })
  const failed = result.non2xx + result.errors + result.timeouts
  if (failed > 0) {
    return failedRow(
      `${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts under load`,
      result.requests.total,
    )
  }
  return {
    connections: options.connections,
    requestsPerSecond: result.requests.total / result.duration,
    completed: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes,
    errors: failed,
  }
}
