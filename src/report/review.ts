// Inline review comments: one COMMENT review per run with every new comment, each anchored on a line
// GitHub shows on the right side of the diff (checked before posting: one bad line makes GitHub
// reject the whole review). Re-runs reconcile with the action's earlier comments, found by the
// line-independent fingerprint in a hidden marker:
//   same finding, same line       → left alone (its text is edited if the message changed)
//   same finding, another line    → a new comment on the new line; the old one is deleted, or, when
//   (or its file renamed)           people replied to it, answered with "Moved to …" and resolved
//                                   (GitHub cannot move a comment: its path and line are fixed)
//   finding gone                  → "Fixed in <sha>." and the thread resolved (once)
//   finding back, thread resolved → the thread reopened with a reply (only if the action resolved it)
// If GitHub still rejects a review (422) and blames an entry, the batch is bisected to find the
// entry it refuses, within a bound (postReview); the rest is posted and the refused ones stay
// annotations, which the summary says.
import type { Hunk } from '../diff/parse.js'
import type { Finding } from '../engine/types.js'
import type { WriteGate } from '../github/gate.js'
import { errorMessage, httpStatus, type ApiClient } from '../github/octokit.js'
import type { Repository } from '../github/context.js'
import { checkMarker, fingerprintMarker, replyMarker, type OwnComment } from '../github/review-state.js'
import { compareBySeverity, joinPrefix } from './result.js'
import type { AccountedFinding } from './summary.js'

/** New inline comments per run at most; the rest stay annotations (and the summary says so). */
export const MAX_NEW_COMMENTS = 50

export interface Anchor {
  line: number
  startLine?: number
}

export interface CommentLinks {
  rule(ruleId: string): string
  file(repoPath: string, line: number): string | null
}

export interface CommentDraft {
  finding: Finding
  path: string
  anchor: Anchor
  body: string
}

const SEVERITY_TITLE = { error: '⛔ **Error**', warning: '⚠️ **Warning**', notice: 'ℹ️ **Notice**' } as const

/** Right-side line numbers of one hunk. */
function rightLines(hunk: Hunk): Set<number> {
  const lines = new Set<number>()
  for (const l of hunk.lines) if (l.kind !== 'del' && l.newLine !== undefined) lines.add(l.newLine)
  return lines
}

/**
 * Where a comment on `finding` may go, given the hunks GitHub shows for its file: its first line
 * must be a right-side line; it covers the finding's whole range when that range lies in one hunk.
 */
export function anchorFor(
  finding: Finding,
  hunks: readonly Hunk[] | undefined
): { anchor: Anchor } | { reason: string } {
  if (hunks === undefined) return { reason: 'GitHub shows no diff for this file' }
  const hunk = hunks.find((h) => rightLines(h).has(finding.line))
  if (hunk === undefined) return { reason: 'its line is not part of the diff GitHub shows' }
  const end = rangeEnd(finding)
  if (end > finding.line) {
    const lines = rightLines(hunk)
    let whole = true
    for (let l = finding.line; l <= end; l++) if (!lines.has(l)) whole = false
    if (whole) return { anchor: { startLine: finding.line, line: end } }
  }
  return { anchor: { line: finding.line } }
}

/** The last line a comment on the finding should cover. */
function rangeEnd(finding: Finding): number {
  if (finding.suggestion !== undefined) return Math.max(finding.line, finding.endLine)
  // An end at column 1 of a later line includes nothing of that line.
  if (finding.endLine > finding.line && finding.endColumn <= 1) return finding.endLine - 1
  return Math.max(finding.line, finding.endLine)
}

/** The comment text: severity, rule, message, evidence chain, docs link, suggestion, hidden markers. */
export function commentBody(
  finding: Finding,
  anchor: Anchor,
  options: { prefix: string; links: CommentLinks; checkName: string }
): string {
  const parts: string[] = []
  parts.push(
    `${SEVERITY_TITLE[finding.severity]} · \`${finding.ruleId}\` · [rule docs](${options.links.rule(finding.ruleId)})`
  )
  parts.push('', finding.message)
  if (finding.evidence.length > 0) {
    parts.push('', 'Why:')
    for (const step of finding.evidence) {
      const repoPath = joinPrefix(options.prefix, step.path)
      const url = options.links.file(repoPath, step.line)
      const where = url === null ? `\`${repoPath}:${step.line}\`` : `[\`${repoPath}:${step.line}\`](${url})`
      parts.push(`- ${where} — ${step.note}`)
    }
  }
  // A suggestion replaces exactly the commented lines: only offer it when they are the finding's.
  const covers =
    (anchor.startLine ?? anchor.line) === finding.line &&
    anchor.line === Math.max(finding.line, finding.endLine)
  if (finding.suggestion !== undefined && covers) {
    const fence = finding.suggestion.includes('```') ? '````' : '```'
    parts.push('', `${fence}suggestion`, finding.suggestion.replace(/\n$/, ''), fence)
  }
  parts.push('', fingerprintMarker(finding.fingerprint))
  if (options.checkName !== 'stateless-audit') parts.push(checkMarker(options.checkName))
  return parts.join('\n')
}

/** A blob link's commit sha (evidence links point at the audited commit). */
const BLOB_SHA = /\/blob\/[0-9a-f]{40}\//g

/**
 * Whether an earlier comment already says what `body` says. Evidence links embed the audited commit,
 * so every push would change every such body: the sha is left out of the comparison (a link to the
 * older commit still shows the evidence as it was then), and only other differences cause an edit.
 */
export function sameBody(previous: string, body: string): boolean {
  const norm = (text: string): string => text.trim().replace(BLOB_SHA, '/blob/<sha>/')
  return norm(previous) === norm(body)
}

export interface ReviewInput {
  api: ApiClient
  gate: WriteGate
  repository: Repository
  pullNumber: number
  headSha: string
  prefix: string
  /** Findings introduced by the change (the engine's in-scope findings). */
  findings: readonly Finding[]
  /**
   * Fingerprints of findings outside the changed lines / suppressed (with their `previousFingerprint`s):
   * their old comments get a precise reply.
   */
  outOfScope: ReadonlySet<string>
  suppressed: ReadonlySet<string>
  /** Repository-relative path → hunks GitHub shows. */
  reviewable: ReadonlyMap<string, readonly Hunk[]>
  own: readonly OwnComment[]
  links: CommentLinks
  checkName: string
  log: (message: string) => void
  maxNewComments?: number
}

export interface ReviewOutcome {
  accounted: AccountedFinding[]
  notes: string[]
  /** Review comments posted / edited / replied to / resolved / reopened / deleted, for the log. */
  stats: {
    posted: number
    reviews: number
    edited: number
    replied: number
    resolved: number
    reopened: number
    deleted: number
  }
}

type Retire = {
  comment: OwnComment
  kind: 'fixed' | 'suppressed' | 'out-of-scope' | 'moved' | 'duplicate'
  to?: string
}

/** Plans and performs the inline part of the report. */
export async function reconcileReview(input: ReviewInput): Promise<ReviewOutcome> {
  const stats = { posted: 0, reviews: 0, edited: 0, replied: 0, resolved: 0, reopened: 0, deleted: 0 }
  const notes: string[] = []
  const accounted = new Map<Finding, AccountedFinding>()
  const maxNew = input.maxNewComments ?? MAX_NEW_COMMENTS
  const bodyOptions = { prefix: input.prefix, links: input.links, checkName: input.checkName }

  const byFingerprint = new Map<string, OwnComment[]>()
  for (const c of input.own)
    byFingerprint.set(c.fingerprint, [...(byFingerprint.get(c.fingerprint) ?? []), c])
  const handled = new Set<number>()

  const drafts: CommentDraft[] = []
  const edits: Array<{ comment: OwnComment; body: string }> = []
  const reopen: OwnComment[] = []
  const retire: Retire[] = []

  for (const finding of [...input.findings].sort(compareBySeverity)) {
    const path = joinPrefix(input.prefix, finding.path)
    const placed = anchorFor(finding, input.reviewable.get(path))
    // A file the pull request renamed: its comments from before the rename carry the old path's print.
    const previous = [
      ...(byFingerprint.get(finding.fingerprint) ?? []),
      ...(finding.previousFingerprint === undefined
        ? []
        : (byFingerprint.get(finding.previousFingerprint) ?? []))
    ]
    if ('reason' in placed) {
      accounted.set(finding, { finding, delivery: 'annotation', note: placed.reason })
      for (const c of previous) {
        handled.add(c.id)
        if (!c.resolved)
          retire.push({ comment: c, kind: 'moved', to: `\`${path}:${finding.line}\` (outside the diff)` })
      }
      continue
    }
    const { anchor } = placed
    const body = commentBody(finding, anchor, bodyOptions)
    const here = (c: OwnComment): boolean => c.path === path && c.line === anchor.line
    const current = previous.find((c) => here(c) && !c.resolved) ?? previous.find(here) ?? null
    for (const c of previous) {
      handled.add(c.id)
      if (c === current || c.resolved) continue
      retire.push({
        comment: c,
        kind: current === null ? 'moved' : 'duplicate',
        to: `\`${path}:${anchor.line}\``
      })
    }
    if (current === null) {
      drafts.push({ finding, path, anchor, body })
      continue
    }
    if (current.resolved) {
      if (
        current.lastOwnReply === 'fixed' ||
        current.lastOwnReply === 'suppressed' ||
        current.lastOwnReply === 'out-of-scope'
      ) {
        reopen.push(current)
        accounted.set(finding, { finding, delivery: 'inline-kept', note: 'its thread was reopened' })
      } else {
        accounted.set(finding, { finding, delivery: 'inline-kept', note: 'a reviewer resolved its thread' })
      }
    } else {
      accounted.set(finding, { finding, delivery: 'inline-kept' })
    }
    if (!sameBody(current.body, body)) edits.push({ comment: current, body })
  }
  for (const c of input.own) {
    if (handled.has(c.id) || c.resolved) continue
    // Someone reopened a thread the action had resolved: leave it to them.
    if (c.lastOwnReply === 'fixed' || c.lastOwnReply === 'suppressed' || c.lastOwnReply === 'out-of-scope')
      continue
    const kind = input.suppressed.has(c.fingerprint)
      ? 'suppressed'
      : input.outOfScope.has(c.fingerprint)
        ? 'out-of-scope'
        : 'fixed'
    retire.push({ comment: c, kind })
  }

  // Over the cap: the least severe wait for a later run (they are annotations meanwhile).
  const toPost = drafts.slice(0, maxNew)
  for (const d of drafts.slice(maxNew)) {
    accounted.set(d.finding, {
      finding: d.finding,
      delivery: 'annotation',
      note: `over the cap of ${maxNew} new inline comments per run`
    })
  }

  // 1. The one review with every new comment.
  if (toPost.length > 0) {
    const { posted, rejected, refused, reviews, blocked } = await postReview(input, toPost)
    stats.posted = posted.length
    stats.reviews = reviews
    for (const d of posted) accounted.set(d.finding, { finding: d.finding, delivery: 'inline-new' })
    for (const { draft, message } of rejected) {
      accounted.set(draft.finding, {
        finding: draft.finding,
        delivery: 'annotation',
        note: `GitHub rejected the inline comment: ${message}`
      })
    }
    for (const { draft, message } of refused) {
      accounted.set(draft.finding, {
        finding: draft.finding,
        delivery: 'annotation',
        note: `GitHub rejected the review it was in: ${message}`
      })
    }
    for (const d of blocked) {
      accounted.set(d.finding, {
        finding: d.finding,
        delivery: 'annotation',
        note: 'inline comments could not be posted'
      })
    }
    if (blocked.length > 0) {
      const why = input.gate.refusal('pull-requests') ?? 'the review could not be posted'
      notes.push(
        `${blocked.length} inline comment(s) could not be posted (${why}); they are annotations instead.`
      )
    }
    if (rejected.length > 0) {
      notes.push(
        `GitHub rejected ${rejected.length} inline comment(s) (${rejected
          .map((r) => `\`${r.draft.path}:${r.draft.anchor.line}\``)
          .join(', ')}); they are reported as annotations instead.`
      )
    }
    if (refused.length > 0) {
      notes.push(
        `GitHub rejected a review of ${refused.length} inline comment(s) (${refused[0].message}) without ` +
          'saying which one it refuses; they are reported as annotations instead.'
      )
    }
  }

  // 2. Earlier comments: edit, reopen, retire.
  const write = async (what: string, fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      return (await input.gate.write('pull-requests', what, fn)).ok
    } catch (error) {
      input.log(`Could not ${what}: ${errorMessage(error).split('\n')[0]}`)
      return false
    }
  }
  const { owner, repo } = input.repository
  const reply = (c: OwnComment, kind: string, text: string): Promise<boolean> =>
    write(`reply to review comment ${c.id}`, () =>
      input.api.octokit.rest.pulls.createReplyForReviewComment({
        owner,
        repo,
        pull_number: input.pullNumber,
        comment_id: c.id,
        body: `${text}\n\n${replyMarker(kind)}`
      })
    ).then((ok) => {
      if (ok) stats.replied++
      return ok
    })
  const setResolved = (c: OwnComment, resolved: boolean): Promise<boolean> => {
    if (c.threadId === null) return Promise.resolve(false)
    const threadId = c.threadId
    const mutation = resolved
      ? 'mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }'
      : 'mutation($id: ID!) { unresolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }'
    return write(`${resolved ? 'resolve' : 'unresolve'} review thread ${threadId}`, () =>
      input.api.graphql(mutation, { id: threadId })
    )
  }

  for (const { comment, body } of edits) {
    const ok = await write(`edit review comment ${comment.id}`, () =>
      input.api.octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: comment.id, body })
    )
    if (ok) stats.edited++
  }
  for (const c of reopen) {
    if (await setResolved(c, false)) stats.reopened++
    await reply(c, 'reopened', `Reintroduced in ${input.headSha}.`)
  }
  const sha = input.headSha
  for (const r of retire) {
    const c = r.comment
    if ((r.kind === 'moved' || r.kind === 'duplicate') && c.replies.length === 0) {
      const ok = await write(`delete review comment ${c.id}`, () =>
        input.api.octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: c.id })
      )
      if (ok) stats.deleted++
      continue
    }
    const text =
      r.kind === 'fixed'
        ? `Fixed in ${sha}.`
        : r.kind === 'suppressed'
          ? `Suppressed with \`stateless-audit-ignore\` in ${sha}.`
          : r.kind === 'out-of-scope'
            ? `No longer part of the lines this pull request changes (as of ${sha}).`
            : `Moved to ${r.to ?? 'another line'} in ${sha}.`
    await reply(c, r.kind, text)
    if (await setResolved(c, true)) stats.resolved++
  }

  const list = input.findings.map(
    (f) => accounted.get(f) ?? { finding: f, delivery: 'annotation' as const, note: 'not placed inline' }
  )
  return { accounted: list, notes, stats }
}

interface PostResult {
  posted: CommentDraft[]
  rejected: Array<{ draft: CommentDraft; message: string }>
  /** Refused with the review they were in, without the search isolating them (see postReview). */
  refused: Array<{ draft: CommentDraft; message: string }>
  /** Not posted because the token turned out to be read-only. */
  blocked: CommentDraft[]
  reviews: number
}

/**
 * The 422 texts GitHub gives when it cannot place an entry of a review ("Pull request review thread
 * line must be part of the diff", "… path is invalid", "… diff hunk can't be blank", "Path could not
 * be resolved", "Line could not be resolved"). It never says which entry; any other 422 ("User can
 * only have one pending review…", "Commit could not be resolved") is about the review as a whole.
 */
const ENTRY_REFUSAL = /review[ _]thread|Path could not be resolved|Line could not be resolved/i

type Attempt = { kind: 'posted' } | { kind: 'blocked' } | { kind: 'refused'; message: string; entry: boolean }

/**
 * Posts the drafts as one review. GitHub takes a review all or nothing, so on a 422 that blames an
 * entry the batch is split in two to find the entry it refuses, and the search follows the half that
 * is refused. It stops, and the rest become annotations, when the 422 blames no entry (then nothing
 * is split: 1 request) or when both halves of a split are refused too (several entries are bad, or
 * the cause is not an entry: 3 requests at the first split). So one refused entry among n costs at
 * most 1 + 2·⌈log2 n⌉ createReview requests (13 for 50 comments), and nothing costs more.
 */
async function postReview(input: ReviewInput, drafts: CommentDraft[]): Promise<PostResult> {
  const result: PostResult = { posted: [], rejected: [], refused: [], blocked: [], reviews: 0 }
  const { owner, repo } = input.repository
  const attempt = async (batch: CommentDraft[]): Promise<Attempt> => {
    if (!input.gate.allows('pull-requests')) {
      result.blocked.push(...batch)
      return { kind: 'blocked' }
    }
    try {
      const outcome = await input.gate.write('pull-requests', 'create a pull request review', () =>
        input.api.octokit.rest.pulls.createReview({
          owner,
          repo,
          pull_number: input.pullNumber,
          commit_id: input.headSha,
          event: 'COMMENT',
          body: reviewBody(batch),
          comments: batch.map((d) => ({
            path: d.path,
            body: d.body,
            line: d.anchor.line,
            side: 'RIGHT' as const,
            ...(d.anchor.startLine !== undefined && {
              start_line: d.anchor.startLine,
              start_side: 'RIGHT' as const
            })
          }))
        })
      )
      if (!outcome.ok) {
        result.blocked.push(...batch)
        return { kind: 'blocked' }
      }
      result.posted.push(...batch)
      result.reviews++
      return { kind: 'posted' }
    } catch (error) {
      if (httpStatus(error) !== 422) throw error
      const detail = errorMessage(error)
      return { kind: 'refused', message: detail.split('\n')[0], entry: ENTRY_REFUSAL.test(detail) }
    }
  }
  const refuse = (batch: CommentDraft[], message: string): void => {
    if (batch.length === 1) result.rejected.push({ draft: batch[0], message })
    else result.refused.push(...batch.map((draft) => ({ draft, message })))
  }
  /** `batch` was refused with a 422 that blames an entry: split it, and follow the refused half. */
  const search = async (batch: CommentDraft[], message: string): Promise<void> => {
    if (batch.length === 1) {
      input.log(`GitHub rejected the comment on ${batch[0].path}:${batch[0].anchor.line}: ${message}`)
      result.rejected.push({ draft: batch[0], message })
      return
    }
    input.log(
      `GitHub rejected a review of ${batch.length} comments (${message}); splitting it to find the entry it refuses`
    )
    const half = Math.ceil(batch.length / 2)
    const parts = [batch.slice(0, half), batch.slice(half)]
    const outcomes: Attempt[] = []
    for (const part of parts) outcomes.push(await attempt(part))
    const bothRefused = outcomes.every((o) => o.kind === 'refused')
    for (let i = 0; i < parts.length; i++) {
      const o = outcomes[i]
      if (o.kind !== 'refused') continue
      if (bothRefused || !o.entry) {
        if (parts[i].length > 1)
          input.log(
            `GitHub rejected ${bothRefused ? 'both halves' : 'half'} of the review as well (${o.message}); ` +
              `not splitting further: ${parts[i].length} comment(s) stay annotations`
          )
        refuse(parts[i], o.message)
      } else {
        await search(parts[i], o.message)
      }
    }
  }
  try {
    const first = await attempt(drafts)
    if (first.kind === 'refused') {
      if (first.entry) await search(drafts, first.message)
      else {
        input.log(
          `GitHub rejected the review (${first.message}), naming no entry: its comments stay annotations`
        )
        refuse(drafts, first.message)
      }
    }
  } catch (error) {
    input.log(`Could not post the review: ${errorMessage(error).split('\n')[0]}`)
    const done = new Set([
      ...result.posted,
      ...result.rejected.map((r) => r.draft),
      ...result.refused.map((r) => r.draft),
      ...result.blocked
    ])
    result.blocked.push(...drafts.filter((d) => !done.has(d)))
  }
  return result
}

function reviewBody(batch: readonly CommentDraft[]): string {
  const n = batch.length
  return `**stateless-audit** found ${n} new problem${n === 1 ? '' : 's'} that keep state on one server (details inline; the check run lists everything).`
}
