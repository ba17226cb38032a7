// Faults a test switches on at run time: server errors, GitHub's secondary and primary rate limits,
// and latency. Each can be limited to matching requests (method and/or path).

import type { JsonObject } from './errors.js'

export interface FaultMatch {
  method?: string
  /** Exact path (without query) or a pattern tested against it. */
  path?: string | RegExp
}

export interface SecondaryRateLimitOptions {
  /** Matching requests that still succeed before the limit starts (default 0). */
  afterCalls?: number
  /** Value of the `retry-after` header; the limit lifts this many seconds after it started. */
  retryAfterSeconds: number
  /** Lift the limit after this many rejected requests instead of waiting for the clock. */
  times?: number
  match?: FaultMatch
}

export interface PrimaryRateLimitOptions {
  afterCalls?: number
  /** `x-ratelimit-reset` is this many seconds after the limit starts (default 60). */
  resetInSeconds?: number
  /** GitHub answers 403 or 429 (default 403). */
  status?: 403 | 429
  times?: number
  match?: FaultMatch
}

export interface FaultRequest {
  method: string
  path: string
}

/** A response body a fault sends instead of the default one (e.g. a 422 with GitHub's `errors`). */
export type FaultBody = JsonObject

export type FaultDecision =
  | { kind: 'error'; status: number; body?: FaultBody }
  | { kind: 'secondary'; retryAfterSeconds: number }
  | { kind: 'primary'; status: 403 | 429; resetEpochSeconds: number }

interface Armed<T> {
  options: T
  remainingBefore: number
  startedAt: number | null
  served: number
}

export class Faults {
  private failures: { remaining: number; status: number; match?: FaultMatch; body?: FaultBody }[] = []
  private secondary: Armed<SecondaryRateLimitOptions> | null = null
  private primary: Armed<PrimaryRateLimitOptions> | null = null
  private latency: { ms: number; match?: FaultMatch } | null = null

  constructor(private readonly now: () => number = Date.now) {}

  /** The next `n` matching requests fail with `status` (500, 502, 503, …), with `body` if given. */
  failNext(n: number, status = 500, match?: FaultMatch, body?: FaultBody): void {
    if (n > 0) this.failures.push({ remaining: n, status, match, body })
  }

  /** 403 "You have exceeded a secondary rate limit" with a `retry-after` header. */
  secondaryRateLimit(options: SecondaryRateLimitOptions): void {
    this.secondary = { options, remainingBefore: options.afterCalls ?? 0, startedAt: null, served: 0 }
  }

  /** 403/429 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`. */
  primaryRateLimit(options: PrimaryRateLimitOptions = {}): void {
    this.primary = { options, remainingBefore: options.afterCalls ?? 0, startedAt: null, served: 0 }
  }

  /** Delay every matching response by `ms` (0 turns it off). */
  slow(ms: number, match?: FaultMatch): void {
    this.latency = ms > 0 ? { ms, match } : null
  }

  clear(): void {
    this.failures = []
    this.secondary = null
    this.primary = null
    this.latency = null
  }

  delayFor(request: FaultRequest): number {
    return this.latency && matches(this.latency.match, request) ? this.latency.ms : 0
  }

  /** Decide whether this request gets a fault instead of its real response (consumes the fault). */
  decide(request: FaultRequest): FaultDecision | null {
    const failure = this.failures.find((f) => matches(f.match, request))
    if (failure) {
      failure.remaining -= 1
      if (failure.remaining <= 0) this.failures.splice(this.failures.indexOf(failure), 1)
      return { kind: 'error', status: failure.status, ...(failure.body && { body: failure.body }) }
    }
    const primary = this.arm(this.primary, request, (o) => (o.resetInSeconds ?? 60) * 1000)
    if (primary) {
      const { options, startedAt } = primary
      return {
        kind: 'primary',
        status: options.status ?? 403,
        resetEpochSeconds: Math.ceil(((startedAt as number) + (options.resetInSeconds ?? 60) * 1000) / 1000)
      }
    }
    const secondary = this.arm(this.secondary, request, (o) => o.retryAfterSeconds * 1000)
    if (secondary) {
      const elapsed = this.now() - (secondary.startedAt as number)
      const left = Math.max(1, Math.ceil((secondary.options.retryAfterSeconds * 1000 - elapsed) / 1000))
      return { kind: 'secondary', retryAfterSeconds: left }
    }
    return null
  }

  /** A primary limit in force right now (for the x-ratelimit-* headers of every response). */
  primaryResetIfActive(): number | null {
    const p = this.primary
    if (!p || p.startedAt === null) return null
    const reset = p.startedAt + (p.options.resetInSeconds ?? 60) * 1000
    return this.now() < reset ? Math.ceil(reset / 1000) : null
  }

  private arm<T extends { times?: number; match?: FaultMatch }>(
    armed: Armed<T> | null,
    request: FaultRequest,
    durationMs: (options: T) => number
  ): Armed<T> | null {
    if (!armed || !matches(armed.options.match, request)) return null
    if (armed.remainingBefore > 0) {
      armed.remainingBefore -= 1
      return null
    }
    if (armed.startedAt === null) armed.startedAt = this.now()
    const expired = this.now() - armed.startedAt >= durationMs(armed.options)
    const exhausted = armed.options.times !== undefined && armed.served >= armed.options.times
    if (expired || exhausted) {
      if (armed === (this.primary as unknown)) this.primary = null
      if (armed === (this.secondary as unknown)) this.secondary = null
      return null
    }
    armed.served += 1
    return armed
  }
}

function matches(match: FaultMatch | undefined, request: FaultRequest): boolean {
  if (!match) return true
  if (match.method && match.method.toUpperCase() !== request.method.toUpperCase()) return false
  if (match.path instanceof RegExp) return match.path.test(request.path)
  if (typeof match.path === 'string') return match.path === request.path
  return true
}
