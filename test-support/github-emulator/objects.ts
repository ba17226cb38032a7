// JSON representations of emulator records, shaped like api.github.com's (the fields the OpenAPI
// description requires, checked against it when `validateResponses` is on).
import type { JsonObject } from './errors.js'
import type { FileChange } from './git.js'
import {
  nodeId,
  timestamp,
  type AnnotationRecord,
  type CheckRunRecord,
  type PullRequestRecord,
  type RepoRecord,
  type ReviewCommentRecord,
  type ReviewRecord
} from './state.js'

export interface Urls {
  /** REST root, e.g. http://127.0.0.1:1234 (what api.github.com is on GitHub). */
  api: string
  /** Web root for html_url, blob_url, … (default https://github.com). */
  web: string
}

/** The GitHub Actions app and its bot, the identity behind GITHUB_TOKEN. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 }
const ACTIONS_APP_ID = 15368

export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** Stable numeric user id for a login. */
export function userId(login: string): number {
  if (login === ACTIONS_BOT.login) return ACTIONS_BOT.id
  let hash = 7
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) % 90_000_000
  return 10_000_000 + hash
}

export function user(urls: Urls, login: string): JsonObject {
  const id = userId(login)
  const isBot = login.endsWith('[bot]')
  const api = `${urls.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(isBot ? 'BOT' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isBot ? `${urls.web}/apps/${login.replace(/\[bot\]$/, '')}` : `${urls.web}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: isBot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

/** A repository (satisfies both `repository` and `full-repository`). */
export function repository(urls: Urls, repo: RepoRecord, owner = repo.owner, fork = false): JsonObject {
  const fullName = `${owner}/${repo.name}`
  const api = `${urls.api}/repos/${fullName}`
  const html = `${urls.web}/${fullName}`
  const id = fork ? repo.id + 500_000 : repo.id
  return {
    id,
    node_id: nodeId('R', id),
    name: repo.name,
    full_name: fullName,
    owner: user(urls, owner),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: null,
    fork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'PHP',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    subscribers_count: 0,
    network_count: 0,
    license: null
  }
}

export interface PullStats {
  additions: number
  deletions: number
  changedFiles: number
  commits: number
}

export function pullRequest(
  urls: Urls,
  repo: RepoRecord,
  pr: PullRequestRecord,
  stats: PullStats
): JsonObject {
  const api = `${urls.api}/repos/${repo.fullName}`
  const html = `${urls.web}/${repo.fullName}/pull/${pr.number}`
  const self = `${api}/pulls/${pr.number}`
  const headOwner = pr.fork ? pr.author : repo.owner
  const link = (href: string): JsonObject => ({ href })
  return {
    url: self,
    id: pr.id,
    node_id: pr.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    number: pr.number,
    state: 'open',
    locked: false,
    title: pr.title,
    user: user(urls, pr.author),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner}:${pr.headRef}`,
      ref: pr.headRef,
      sha: pr.headSha,
      user: user(urls, headOwner),
      repo: repository(urls, repo, headOwner, pr.fork)
    },
    base: {
      label: `${repo.owner}:${pr.baseRef}`,
      ref: pr.baseRef,
      sha: pr.baseSha,
      user: user(urls, repo.owner),
      repo: repository(urls, repo)
    },
    _links: {
      self: link(self),
      html: link(html),
      issue: link(`${api}/issues/${pr.number}`),
      comments: link(`${api}/issues/${pr.number}/comments`),
      review_comments: link(`${self}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${self}/commits`),
      statuses: link(`${api}/statuses/${pr.headSha}`)
    },
    author_association: pr.fork ? 'CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    draft: pr.draft,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles
  }
}

export function diffEntry(
  urls: Urls,
  repo: RepoRecord,
  refs: { head: string; base: string },
  file: FileChange,
  patch: string | undefined,
  zeroCounts = false
): JsonObject {
  const ref = file.status === 'removed' ? refs.base : refs.head
  const path = encodePath(file.filename)
  const entry: JsonObject = {
    sha: file.status === 'removed' ? file.oldBlob : file.newBlob,
    filename: file.filename,
    status: file.status,
    additions: zeroCounts ? 0 : file.additions,
    deletions: zeroCounts ? 0 : file.deletions,
    changes: zeroCounts ? 0 : file.additions + file.deletions,
    blob_url: `${urls.web}/${repo.fullName}/blob/${ref}/${path}`,
    raw_url: `${urls.web}/${repo.fullName}/raw/${ref}/${path}`,
    contents_url: `${urls.api}/repos/${repo.fullName}/contents/${path}?ref=${ref}`
  }
  if (patch !== undefined) entry.patch = patch
  if (file.previousFilename !== undefined) entry.previous_filename = file.previousFilename
  return entry
}

export function actionsApp(urls: Urls): JsonObject {
  return {
    id: ACTIONS_APP_ID,
    slug: 'github-actions',
    node_id: nodeId('A', ACTIONS_APP_ID),
    client_id: 'Iv1.emulator',
    owner: user(urls, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${urls.web}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', contents: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['check_run', 'check_suite', 'pull_request', 'push']
  }
}

/**
 * The GitHub App a check run belongs to: the one whose installation token created it. An app's
 * comments are written by its bot account, `<slug>[bot]`; `github-actions[bot]` is the GitHub
 * Actions app of the workflow's GITHUB_TOKEN.
 */
export function appOfCreator(urls: Urls, login: string): JsonObject {
  const slug = /^(.+)\[bot\]$/.exec(login)?.[1]
  if (slug === undefined || login === ACTIONS_BOT.login) return actionsApp(urls)
  const id = userId(`app:${slug}`)
  return {
    id,
    slug,
    node_id: nodeId('A', id),
    client_id: `Iv1.${slug}`,
    owner: user(urls, 'acme'),
    name: slug,
    description: null,
    external_url: `https://example.com/${slug}`,
    html_url: `${urls.web}/apps/${slug}`,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    permissions: { checks: 'write', contents: 'read', metadata: 'read', pull_requests: 'write' },
    events: []
  }
}

export function checkRun(
  urls: Urls,
  repo: RepoRecord,
  run: CheckRunRecord,
  suiteId: number,
  pulls: PullRequestRecord[]
): JsonObject {
  const api = `${urls.api}/repos/${repo.fullName}`
  const html = `${urls.web}/${repo.fullName}/runs/${run.id}`
  return {
    id: run.id,
    name: run.name,
    node_id: run.nodeId,
    head_sha: run.headSha,
    external_id: run.externalId ?? '',
    url: `${api}/check-runs/${run.id}`,
    html_url: html,
    details_url: run.detailsUrl ?? html,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`
    },
    check_suite: { id: suiteId },
    app: appOfCreator(urls, run.createdBy),
    // GitHub leaves this empty for pull requests whose head is in a fork.
    pull_requests: pulls
      .filter((p) => !p.fork && p.headSha === run.headSha)
      .map((p) => ({
        id: p.id,
        number: p.number,
        url: `${api}/pulls/${p.number}`,
        head: { ref: p.headRef, sha: p.headSha, repo: { id: repo.id, url: api, name: repo.name } },
        base: { ref: p.baseRef, sha: p.baseSha, repo: { id: repo.id, url: api, name: repo.name } }
      }))
  }
}

export function annotation(
  urls: Urls,
  repo: RepoRecord,
  run: CheckRunRecord,
  a: AnnotationRecord
): JsonObject {
  return {
    path: a.path,
    blob_href: `${urls.web}/${repo.fullName}/blob/${run.headSha}/${encodePath(a.path)}`,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column,
    end_column: a.end_column,
    annotation_level: a.annotation_level,
    title: a.title,
    message: a.message,
    raw_details: a.raw_details
  }
}

export function review(urls: Urls, repo: RepoRecord, r: ReviewRecord): JsonObject {
  const html = `${urls.web}/${repo.fullName}/pull/${r.pullNumber}#pullrequestreview-${r.id}`
  const prUrl = `${urls.api}/repos/${repo.fullName}/pulls/${r.pullNumber}`
  const out: JsonObject = {
    id: r.id,
    node_id: r.nodeId,
    user: user(urls, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: prUrl,
    author_association: 'CONTRIBUTOR',
    _links: { html: { href: html }, pull_request: { href: prUrl } },
    commit_id: r.commitId
  }
  if (r.submittedAt) out.submitted_at = r.submittedAt
  return out
}

export function reviewComment(urls: Urls, repo: RepoRecord, c: ReviewCommentRecord): JsonObject {
  const api = `${urls.api}/repos/${repo.fullName}`
  const html = `${urls.web}/${repo.fullName}/pull/${c.pullNumber}#discussion_r${c.id}`
  const self = `${api}/pulls/comments/${c.id}`
  const prUrl = `${api}/pulls/${c.pullNumber}`
  const out: JsonObject = {
    url: self,
    pull_request_review_id: c.reviewId,
    id: c.id,
    node_id: c.nodeId,
    diff_hunk: c.diffHunk,
    path: c.path,
    commit_id: c.commitId,
    original_commit_id: c.originalCommitId,
    user: user(urls, c.user),
    body: c.body,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: html,
    pull_request_url: prUrl,
    author_association: 'CONTRIBUTOR',
    _links: { self: { href: self }, html: { href: html }, pull_request: { href: prUrl } },
    start_line: c.startLine,
    original_start_line: c.originalStartLine,
    start_side: c.originalStartLine === null ? null : c.startSide,
    subject_type: c.subjectType
  }
  if (c.subjectType === 'line') {
    out.line = c.line
    out.original_line = c.originalLine
    out.side = c.side
    out.position = c.position
    out.original_position = c.originalPosition
  }
  if (c.inReplyToId !== null) out.in_reply_to_id = c.inReplyToId
  return out
}

export { timestamp }
