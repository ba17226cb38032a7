// Route table: method + path template (as written in GitHub's OpenAPI description) → handler, with
// the permission scope each route needs.
import type { IncomingHttpHeaders } from 'node:http'
import type { JsonValue } from './errors.js'
import type { OpenApi } from './openapi.js'
import type { Urls } from './objects.js'
import type { EmulatorState, Permission, RepoRecord, Scope, TokenRecord } from './state.js'

export interface PatchLimits {
  /** Omit `patch` when a file's additions + deletions exceed this (default 3000). */
  maxChangedLines: number
  /** Omit `patch` when a file's hunks exceed this many bytes (default 500 KiB, GitHub's per-file diff limit). */
  maxPatchBytes: number
  /**
   * Once the patches already on one page of pulls/{n}/files add up to this many lines, the following
   * files on that page come with 0 additions/deletions/changes and no patch, as GitHub does
   * (community report, Nov 2026). `null` turns it off. Default 20000.
   */
  pageLineBudget: number | null
}

export interface ResolvedOptions {
  validateResponses: boolean
  patchLimits: PatchLimits
  /** GitHub: "Responses include a maximum of 3000 files". */
  maxPullFiles: number
  /** Primary rate limit per token and hour (GITHUB_TOKEN: 1000). */
  rateLimit: number
}

export interface Env {
  state: EmulatorState
  urls: Urls
  openapi: OpenApi
  options: ResolvedOptions
}

export interface RequestContext {
  env: Env
  method: string
  path: string
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: JsonValue | undefined
  /** null for anonymous requests. */
  token: TokenRecord | null
  /** The repository named by {owner}/{repo}, when the route has them. */
  repo: RepoRecord | null
  route: Route
}

export interface HandlerResult {
  status: number
  body?: JsonValue
  headers?: Record<string, string>
  /** A non-JSON body (raw file content, diffs). */
  raw?: { contentType: string; data: Buffer | string }
}

export interface Route {
  method: string
  /** The path template exactly as in the OpenAPI description (or `/graphql`). */
  template: string
  scope: Scope
  access: Permission
  /** Validate request and response bodies against the OpenAPI description (false for /graphql). */
  openapi: boolean
  handler: (ctx: RequestContext) => Promise<HandlerResult>
}

interface CompiledRoute {
  route: Route
  regex: RegExp
  names: string[]
}

export class Router {
  private readonly routes: CompiledRoute[] = []

  add(route: Route): void {
    const names: string[] = []
    const pattern = route.template
      .split('/')
      .map((segment) =>
        segment.replace(/\{([a-z_]+)\}|[^{}]+/g, (whole, name: string | undefined) => {
          if (!name) return whole.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          names.push(name)
          // {path} of the contents API spans several segments.
          return name === 'path' ? '(.+)' : '([^/]+)'
        })
      )
      .join('/')
    this.routes.push({ route, regex: new RegExp(`^${pattern}$`), names })
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    for (const { route, regex, names } of this.routes) {
      if (route.method !== method) continue
      const m = regex.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      try {
        names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])))
      } catch {
        return null
      }
      return { route, params }
    }
    return null
  }
}
