// Where a review comment may sit: GitHub accepts a line only inside a hunk of that file's diff on the
// given side (RIGHT: added and context lines; LEFT: deleted and context lines), and a multi-line
// range only within one hunk. After a push, comments follow their line or become outdated.
import { diffHunk, findLine, lineAtPosition, parsePatch, type PatchLine, type Side } from './diff.js'
import { patchFor } from './handlers/common.js'
import type { Env } from './router.js'
import type { PullRequestRecord, RepoRecord, ReviewCommentRecord } from './state.js'

export interface CommentInput {
  path: string
  line?: number
  side?: string
  start_line?: number
  start_side?: string
  position?: number
  subject_type?: string
}

export interface Anchor {
  path: string
  subjectType: 'line' | 'file'
  line: number | null
  side: Side | null
  startLine: number | null
  startSide: Side | null
  position: number | null
  diffHunk: string
}

/** GitHub's texts for the review-comment errors it reports inside a 422 "Unprocessable Entity". */
export const ANCHOR_ERRORS = {
  notInDiff: 'Pull request review thread line must be part of the diff',
  startNotInHunk: 'Pull request review thread start line must be part of the same hunk as the line',
  blankHunk: "Pull request review thread diff hunk can't be blank",
  path: 'Path could not be resolved',
  line: 'Line could not be resolved',
  position: 'Pull request review thread position is invalid',
  side: 'Pull request review thread side must be LEFT or RIGHT',
  startAfterEnd: 'Pull request review thread start line must precede the end line'
} as const

export type AnchorResult = { anchor: Anchor; error?: undefined } | { anchor?: undefined; error: string }

/** Resolve a comment's anchor against the pull request diff as of `commitId`. */
export async function resolveAnchor(
  env: Env,
  repo: RepoRecord,
  pr: PullRequestRecord,
  commitId: string,
  input: CommentInput
): Promise<AnchorResult> {
  const files = await repo.git.prFiles(pr.baseSha, commitId)
  const file = files.find((f) => f.filename === input.path)
  if (!file) return { error: ANCHOR_ERRORS.path }
  if (input.subject_type === 'file') {
    const anchor: Anchor = {
      path: input.path,
      subjectType: 'file',
      line: null,
      side: null,
      startLine: null,
      startSide: null,
      position: null,
      diffHunk: ''
    }
    return { anchor }
  }
  const patch = patchFor(file, env.options.patchLimits)
  if (patch === undefined) return { error: ANCHOR_ERRORS.blankHunk }
  const parsed = parsePatch(patch)

  let end: PatchLine | undefined
  let side: Side
  if (input.line === undefined) {
    if (input.position === undefined) return { error: ANCHOR_ERRORS.line }
    end = lineAtPosition(parsed, input.position)
    if (!end) return { error: ANCHOR_ERRORS.position }
    side = end.kind === 'del' ? 'LEFT' : 'RIGHT'
  } else {
    const requested = input.side ?? 'RIGHT'
    if (requested !== 'LEFT' && requested !== 'RIGHT') return { error: ANCHOR_ERRORS.side }
    side = requested
    end = findLine(parsed, side, input.line)
    if (!end) return { error: ANCHOR_ERRORS.notInDiff }
  }
  const line = (side === 'RIGHT' ? end.newLine : end.oldLine) as number

  let startLine: number | null = null
  let startSide: Side | null = null
  if (input.start_line !== undefined) {
    const requested = input.start_side ?? side
    if (requested !== 'LEFT' && requested !== 'RIGHT') return { error: ANCHOR_ERRORS.side }
    const start = findLine(parsed, requested, input.start_line)
    if (!start) return { error: ANCHOR_ERRORS.notInDiff }
    if (start.hunk !== end.hunk) return { error: ANCHOR_ERRORS.startNotInHunk }
    if (start.position > end.position) return { error: ANCHOR_ERRORS.startAfterEnd }
    startLine = input.start_line
    startSide = requested
  }
  return {
    anchor: {
      path: input.path,
      subjectType: 'line',
      line,
      side,
      startLine,
      startSide,
      position: end.position,
      diffHunk: diffHunk(parsed, end)
    }
  }
}

/**
 * Follow a comment to a new head: map its line through `git diff old new` for the file; when the
 * line was changed or removed, or is no longer in the pull request diff, the comment is outdated.
 */
export async function followComment(
  env: Env,
  repo: RepoRecord,
  pr: PullRequestRecord,
  comment: ReviewCommentRecord
): Promise<void> {
  if (comment.subjectType === 'file' || comment.outdated || comment.commitId === pr.headSha) return
  let line = comment.line
  let startLine = comment.startLine
  if (comment.side === 'RIGHT' && line !== null) {
    const diff = await repo.git.run([
      'diff',
      '-U0',
      '--no-color',
      comment.commitId,
      pr.headSha,
      '--',
      comment.path
    ])
    line = mapLine(diff, line)
    startLine = startLine === null ? null : mapLine(diff, startLine)
  }
  const mapped =
    line === null
      ? null
      : await resolveAnchor(env, repo, pr, pr.headSha, {
          path: comment.path,
          line,
          side: comment.side ?? 'RIGHT',
          ...(startLine !== null && comment.startSide
            ? { start_line: startLine, start_side: comment.startSide }
            : {})
        })
  if (!mapped?.anchor || (comment.startLine !== null && startLine === null)) {
    comment.outdated = true
    comment.line = null
    comment.startLine = null
    comment.position = null
    return
  }
  comment.line = mapped.anchor.line
  comment.startLine = mapped.anchor.startLine
  comment.position = mapped.anchor.position
  comment.commitId = pr.headSha
}

/** Map a new-side line through a `-U0` diff; null when the diff changes that line. */
export function mapLine(diff: string, line: number): number | null {
  let offset = 0
  for (const m of diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    const oldStart = Number(m[1])
    const oldCount = m[2] === undefined ? 1 : Number(m[2])
    const newCount = m[4] === undefined ? 1 : Number(m[4])
    if (oldCount > 0 && line >= oldStart && line < oldStart + oldCount) return null
    const before = oldCount === 0 ? oldStart < line : oldStart + oldCount - 1 < line
    if (before) offset += newCount - oldCount
  }
  return line + offset
}
