// Every API write goes through one gate. A token that may not write (a fork's `pull_request` run,
// a workflow without `checks: write` / `pull-requests: write`) is detected up front or by a 403
// "Resource not accessible by integration". When the run's very first write gets that 403, the
// token is taken to be read-only and no other write is attempted; the run falls back to channels
// that need no token (log annotations, the job summary, the exit code). When a write is refused
// after others succeeded, only that kind of write (checks, or pull requests) stops, so a check run
// that was created is still completed.
import { errorMessage, isNotAccessible } from './octokit.js'

export type WriteScope = 'checks' | 'pull-requests'

export class WriteGate {
  private reason: string | null
  private readonly refused = new Map<WriteScope, string>()
  private succeeded = 0
  /** Writes sent to the API (successful or not). */
  attempted = 0
  /** Writes not sent because the token was known to be unable to make them. */
  skipped: string[] = []

  constructor(readOnlyReason: string | null) {
    this.reason = readOnlyReason
  }

  /** No write at all will be attempted. */
  get readOnly(): boolean {
    return this.reason !== null
  }

  /** Why writes are off, for the log and the summary; null while they are on. */
  get readOnlyReason(): string | null {
    return this.reason
  }

  /** Whether writes of this kind may still be attempted. */
  allows(scope: WriteScope): boolean {
    return this.reason === null && !this.refused.has(scope)
  }

  /** Why this kind of write is off, or null. */
  refusal(scope: WriteScope): string | null {
    return this.reason ?? this.refused.get(scope) ?? null
  }

  /**
   * Runs `write` unless writes of its kind are off. A 403 "Resource not accessible" switches them off
   * (all writes, if nothing was written yet) and returns `{ ok: false }`; any other error is thrown.
   */
  async write<T>(
    scope: WriteScope,
    what: string,
    write: () => Promise<T>
  ): Promise<{ ok: true; value: T } | { ok: false }> {
    if (!this.allows(scope)) {
      this.skipped.push(what)
      return { ok: false }
    }
    this.attempted++
    try {
      const value = await write()
      this.succeeded++
      return { ok: true, value }
    } catch (error) {
      if (isNotAccessible(error)) {
        const why = `the token may not write (${what}: ${errorMessage(error).split('\n')[0]})`
        if (this.succeeded === 0) this.reason = why
        else this.refused.set(scope, why)
        return { ok: false }
      }
      throw error
    }
  }
}
