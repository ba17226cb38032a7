// Every API write goes through one gate. A token that may not write (a fork's `pull_request` run,
// a workflow without `checks: write` / `pull-requests: write`) is detected up front or by the first
// 403 "Resource not accessible by integration"; after that no write is attempted at all and the
// run falls back to channels that need no token (log annotations, the job summary, the exit code).
import { errorMessage, isNotAccessible } from './octokit.js'

export class WriteGate {
  private reason: string | null
  /** Writes sent to the API (successful or not). */
  attempted = 0
  /** Writes not sent because the token was known to be read-only. */
  skipped: string[] = []

  constructor(readOnlyReason: string | null) {
    this.reason = readOnlyReason
  }

  get readOnly(): boolean {
    return this.reason !== null
  }

  /** Why writes are off, for the log and the summary; null while they are on. */
  get readOnlyReason(): string | null {
    return this.reason
  }

  /**
   * Runs `write` unless the token is read-only. A 403 "Resource not accessible" switches the gate
   * off and returns `{ ok: false }`; any other error is thrown.
   */
  async write<T>(what: string, write: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    if (this.reason !== null) {
      this.skipped.push(what)
      return { ok: false }
    }
    this.attempted++
    try {
      return { ok: true, value: await write() }
    } catch (error) {
      if (isNotAccessible(error)) {
        this.reason = `the token may not write (${what}: ${errorMessage(error).split('\n')[0]})`
        return { ok: false }
      }
      throw error
    }
  }
}
