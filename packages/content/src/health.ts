/** One thing an instance needs in order to serve, as its health endpoint reports it. */
export interface HealthCheck {
  ok: boolean
  detail: string
}

class NoAnswer extends Error {}

/** `promise`, or a "no answer within … ms" error once `ms` have passed without one. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(`no answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A failed check as a health endpoint may show it to anyone: the timeout as it is, otherwise the
 * error's code only (ECONNREFUSED, 57P01 …), since its message may name hosts.
 */
export function failedCheck(error: unknown): HealthCheck {
  if (error instanceof NoAnswer) return { ok: false, detail: error.message }
  const code = (error as { code?: unknown } | null)?.code
  return { ok: false, detail: `unreachable (${typeof code === 'string' ? code : 'error'})` }
}
