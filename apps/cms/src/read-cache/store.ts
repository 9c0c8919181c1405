/** One stored answer: what the handler returned, minus anything tied to one request. */
export interface CachedAnswer {
  status: number
  headers: [string, string][]
  body: Uint8Array
  storedAt: number
}

export interface ReadCacheOptions {
  maxBytes: number
  /** The most one answer may weigh; bigger answers are served but not kept. */
  maxEntryBytes: number
  /** A safety net: entries older than this are read again even if no change was announced. */
  ttlMs: number
  now?: () => number
}

/**
 * Answers kept in memory, least recently used first out, and a generation number that every
 * announced change bumps. A read remembers the generation it started in; its answer is kept only
 * if no change was announced meanwhile, so an answer read before a commit is never kept after it.
 */
export class ReadCacheStore {
  private entries = new Map<string, CachedAnswer>()
  private bytes = 0
  private currentGeneration = 0
  private held = 0
  private readonly now: () => number

  constructor(private readonly options: ReadCacheOptions) {
    this.now = options.now ?? Date.now
  }

  get generation() {
    return this.currentGeneration
  }

  get size() {
    return this.entries.size
  }

  get(key: string): CachedAnswer | undefined {
    if (this.held > 0) return undefined
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (this.now() - entry.storedAt > this.options.ttlMs) {
      this.delete(key)
      return undefined
    }
    // Most recently used last.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Keeps an answer read in `generation`; returns false when it is stale or too big. */
  set(key: string, answer: Omit<CachedAnswer, 'storedAt'>, generation: number): boolean {
    if (generation !== this.currentGeneration || this.held > 0) return false
    const size = answer.body.byteLength + key.length
    if (size > this.options.maxEntryBytes) return false
    this.delete(key)
    this.entries.set(key, { ...answer, storedAt: this.now() })
    this.bytes += size
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  /** A change was committed: forget everything, and refuse answers read before now. */
  invalidate() {
    this.currentGeneration += 1
    this.entries.clear()
    this.bytes = 0
  }

  /**
   * A change is being made in this process and has not committed yet: nothing is served or kept
   * until it ends (release), so a reader here never gets an answer older than a change that
   * this process has already answered for.
   */
  hold() {
    this.held += 1
    this.invalidate()
  }

  /** The change held for has committed or rolled back; answers read from now on are current. */
  release() {
    this.held = Math.max(0, this.held - 1)
    this.invalidate()
  }

  private delete(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.byteLength + key.length
  }
}
