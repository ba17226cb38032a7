// The check run: created `in_progress` on the audited commit when the run starts, completed at the
// end with the conclusion, the Markdown summary and one annotation per finding. GitHub takes at most
// 50 annotations per request and appends those of each update, so they go in batches of 50: every
// batch but the last in an in-progress update, the last one with the conclusion.
import type { Finding, Severity } from '../engine/types.js'
import type { Repository } from '../github/context.js'
import type { WriteGate } from '../github/gate.js'
import type { ApiClient } from '../github/octokit.js'
import { compareBySeverity, joinPrefix, truncateUtf8 } from './result.js'
import type { Conclusion } from './summary.js'

/** GitHub's maximum annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub takes an annotation `message` of up to 64 KB: stay below, in UTF-8 bytes. */
export const ANNOTATION_MESSAGE_BYTES = 60_000
/** An annotation `title` of up to 255 characters: 255 bytes is that or less. */
export const ANNOTATION_TITLE_BYTES = 255

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title: string
  raw_details?: string
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice'
}

/** One annotation per finding, most severe first; paths repository-relative. */
export function toAnnotations(
  findings: readonly Finding[],
  prefix: string,
  ruleUrl: (id: string) => string
): CheckAnnotation[] {
  return [...findings].sort(compareBySeverity).map((f) => {
    const endLine = Math.max(f.line, f.endLine)
    const annotation: CheckAnnotation = {
      path: joinPrefix(prefix, f.path),
      start_line: f.line,
      end_line: endLine,
      annotation_level: LEVEL[f.severity],
      message: truncateUtf8(
        [f.message, ...f.evidence.map((e) => `↳ ${joinPrefix(prefix, e.path)}:${e.line}  ${e.note}`)].join(
          '\n'
        ),
        ANNOTATION_MESSAGE_BYTES
      ),
      title: truncateUtf8(`${f.ruleId} (${f.severity})`, ANNOTATION_TITLE_BYTES),
      raw_details: `Rule documentation: ${ruleUrl(f.ruleId)}`
    }
    // Columns only on one-line annotations, as GitHub requires.
    if (endLine === f.line && f.column >= 1) {
      annotation.start_column = f.column
      annotation.end_column = Math.max(f.column, f.endColumn)
    }
    return annotation
  })
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface CheckRunTarget {
  api: ApiClient
  gate: WriteGate
  repository: Repository
  name: string
  headSha: string
  detailsUrl?: string
}

export interface CheckRunOutput {
  conclusion: Conclusion
  title: string
  summary: string
  annotations: CheckAnnotation[]
}

export class CheckRun {
  private constructor(
    private readonly target: CheckRunTarget,
    readonly id: number,
    /** The GitHub App the run belongs to (`github-actions` for the workflow token), when GitHub says. */
    readonly appSlug: string | null
  ) {}

  /** Creates the run `in_progress`; null when the token may not write checks. */
  static async start(target: CheckRunTarget): Promise<CheckRun | null> {
    const { owner, repo } = target.repository
    const result = await target.gate.write('checks', 'create the check run', () =>
      target.api.octokit.rest.checks.create({
        owner,
        repo,
        name: target.name,
        head_sha: target.headSha,
        status: 'in_progress',
        started_at: new Date().toISOString(),
        ...(target.detailsUrl !== undefined && { details_url: target.detailsUrl }),
        output: { title: 'Auditing…', summary: 'stateless-audit is auditing this change.' }
      })
    )
    if (!result.ok) return null
    const slug = result.value.data.app?.slug
    return new CheckRun(target, result.value.data.id, typeof slug === 'string' && slug !== '' ? slug : null)
  }

  /**
   * Creates the run already completed, with a conclusion and a short text: for a step that could not
   * start. True when GitHub took it, false when the token may not write checks.
   */
  static async report(target: CheckRunTarget, output: Omit<CheckRunOutput, 'annotations'>): Promise<boolean> {
    const { owner, repo } = target.repository
    const now = new Date().toISOString()
    const result = await target.gate.write('checks', 'create the check run', () =>
      target.api.octokit.rest.checks.create({
        owner,
        repo,
        name: target.name,
        head_sha: target.headSha,
        status: 'completed',
        conclusion: output.conclusion,
        started_at: now,
        completed_at: now,
        ...(target.detailsUrl !== undefined && { details_url: target.detailsUrl }),
        output: { title: output.title, summary: output.summary }
      })
    )
    return result.ok
  }

  /**
   * Sends the annotations in batches of 50 and completes the run with the last one. Returns the
   * number of annotations GitHub accepted; false when the token turned out to be read-only.
   */
  async complete(output: CheckRunOutput): Promise<{ ok: boolean; annotations: number }> {
    const { owner, repo } = this.target.repository
    const groups = batches(output.annotations, ANNOTATIONS_PER_REQUEST)
    if (groups.length === 0) groups.push([])
    let sent = 0
    for (let i = 0; i < groups.length; i++) {
      const last = i === groups.length - 1
      const group = groups[i]
      const result = await this.target.gate.write(
        'checks',
        last ? 'complete the check run' : 'add check-run annotations',
        () =>
          this.target.api.octokit.rest.checks.update({
            owner,
            repo,
            check_run_id: this.id,
            ...(last && {
              status: 'completed' as const,
              conclusion: output.conclusion,
              completed_at: new Date().toISOString()
            }),
            output: {
              title: output.title,
              summary: output.summary,
              ...(group.length > 0 && { annotations: group })
            }
          })
      )
      if (!result.ok) return { ok: false, annotations: sent }
      sent += group.length
    }
    return { ok: true, annotations: sent }
  }

  /**
   * The last resort when `complete` failed: one small update that only sets the conclusion and a
   * short text, so a required check never stays in progress. True when GitHub took it, false when
   * the token may not write checks; other errors are thrown.
   */
  async completeBare(output: Omit<CheckRunOutput, 'annotations'>): Promise<boolean> {
    const { owner, repo } = this.target.repository
    const result = await this.target.gate.write('checks', 'complete the check run without its report', () =>
      this.target.api.octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: this.id,
        status: 'completed',
        conclusion: output.conclusion,
        completed_at: new Date().toISOString(),
        output: { title: output.title, summary: output.summary }
      })
    )
    return result.ok
  }
}
