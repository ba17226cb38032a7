// The action's own warnings and errors, counted. GitHub shows at most 10 annotations of each type
// per step, and these take slots of that cap just as the findings' log annotations do. The count
// tells how many slots are left for findings when they go to the log (no check run). Once that is
// known, a warning the job summary repeats as a note is printed as a plain log line instead, so its
// slot goes to a finding.
import * as core from '@actions/core'
import type { Severity } from '../engine/types.js'

export class Diagnostics {
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  /** Findings go to log annotations in this step: leave them the slots where a message can do without one. */
  findingsInLog = false

  error(message: string): void {
    core.error(message)
    this.counts.error++
  }

  warning(message: string): void {
    core.warning(message)
    this.counts.warning++
  }

  notice(message: string): void {
    core.notice(message)
    this.counts.notice++
  }

  /** Fails the step; the toolkit prints the message as an error annotation. */
  failed(message: string): void {
    core.setFailed(message)
    this.counts.error++
  }

  /** A warning the job summary also shows as a note: a plain log line once findings need the slots. */
  noted(message: string): void {
    if (this.findingsInLog) core.info(`Warning: ${message}`)
    else this.warning(message)
  }

  /** Annotations of each type printed so far in this step. */
  emitted(): Record<Severity, number> {
    return { ...this.counts }
  }
}

/** One per process: the step. */
export const diagnostics = new Diagnostics()
