// The HTTP front: one node:http server on 127.0.0.1. Every request goes through the same steps as on
// api.github.com — authentication, routing, rate limits (and injected faults), JSON parsing,
// permission, request-body validation against the OpenAPI description — before its handler runs;
// every response carries x-ratelimit-* headers and is logged in the state.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import {
  ApiError,
  badCredentials,
  DOCS_ROOT,
  invalidRequest,
  notAccessible,
  notFound,
  problemsParsingJson,
  requiresAuthentication,
  type JsonObject,
  type JsonValue
} from './errors.js'
import type { Faults } from './faults.js'
import type { Env, HandlerResult, RequestContext, Router } from './router.js'
import type { RequestLogEntry, TokenRecord } from './state.js'

interface RateWindow {
  used: number
  resetAt: number
}

export class EmulatorServer {
  private readonly server: Server
  private readonly windows = new Map<string, RateWindow>()

  constructor(
    private readonly env: Env,
    private readonly router: Router,
    private readonly faults: Faults
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        this.env.state.emulatorErrors.push(`${req.method} ${req.url}: ${message}`)
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
          res.end(JSON.stringify({ message: `Emulator error: ${message}` }))
        } else {
          res.end()
        }
      })
    })
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
    return (this.server.address() as AddressInfo).port
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname.replace(/\/+$/, '') || '/'
    const rawBody = await readBody(req)
    const entry: RequestLogEntry = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      body: undefined,
      response: undefined,
      login: null
    }
    const delay = this.faults.delayFor({ method, path })
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))

    let token: TokenRecord | null = null
    let result: HandlerResult
    const resource = path === '/graphql' ? 'graphql' : 'core'
    try {
      entry.body = rawBody.length > 0 ? tryParse(rawBody) : undefined
      token = this.authenticate(req)
      entry.login = token?.login ?? null
      result = await this.dispatch(req, method, path, url.searchParams, rawBody, token, resource, entry)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      result = { status: error.status, body: error.body, headers: error.headers }
    }

    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      ...this.rateHeaders(token, resource),
      ...(result.headers ?? {})
    }
    entry.status = result.status
    this.env.state.requests.push(entry)
    if (result.raw) {
      headers['content-type'] = result.raw.contentType
      res.writeHead(result.status, headers)
      res.end(result.raw.data)
      return
    }
    if (result.body === undefined) {
      res.writeHead(result.status, headers)
      res.end()
      return
    }
    entry.response = result.body
    headers['content-type'] = 'application/json; charset=utf-8'
    res.writeHead(result.status, headers)
    res.end(JSON.stringify(result.body))
  }

  private authenticate(req: IncomingMessage): TokenRecord | null {
    const header = req.headers.authorization
    if (!header) return null
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
    const token = match ? this.env.state.tokens.get(match[1]) : undefined
    if (!token) throw badCredentials()
    return token
  }

  private async dispatch(
    req: IncomingMessage,
    method: string,
    path: string,
    query: URLSearchParams,
    rawBody: Buffer,
    token: TokenRecord | null,
    resource: string,
    entry: RequestLogEntry
  ): Promise<HandlerResult> {
    const matched = this.router.match(method, path)
    if (!matched) throw notFound()
    const { route, params } = matched

    this.countRequest(token, resource)
    const fault = this.faults.decide({ method, path })
    if (fault) {
      entry.fault = fault.kind
      return faultResponse(fault)
    }
    const window = this.window(token, resource)
    if (window.used > this.env.options.rateLimit) {
      return primaryLimit(403, Math.ceil(window.resetAt / 1000))
    }

    const repo = params.owner !== undefined ? (this.env.state.repo(params.owner, params.repo) ?? null) : null
    if (params.owner !== undefined && (!repo || (repo.private && !token))) throw notFound()

    const docs = route.openapi ? this.env.openapi.documentationUrl(method, route.template) : DOCS_ROOT
    if (route.access === 'write' && !token) throw requiresAuthentication()
    const granted = token ? token.permissions[route.scope] : 'read'
    const allowed = route.access === 'write' ? granted === 'write' : granted === 'read' || granted === 'write'
    if (!allowed) throw notAccessible(docs)

    let body: JsonValue | undefined
    if (rawBody.length > 0) {
      const parsed = tryParse(rawBody)
      if (parsed === undefined) throw problemsParsingJson()
      body = parsed
    }
    if (route.openapi && method !== 'GET' && method !== 'DELETE') {
      const validation = this.env.openapi.validateRequest(method, route.template, body)
      if (!validation.ok) throw invalidRequest(validation.messages, docs)
    }

    const ctx: RequestContext = {
      env: this.env,
      method,
      path,
      params,
      query,
      headers: req.headers,
      body,
      token,
      repo,
      route
    }
    let result: HandlerResult
    try {
      result = await route.handler(ctx)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      result = { status: error.status, body: error.body, headers: error.headers }
    }
    if (route.openapi && this.env.options.validateResponses && result.status < 300 && !result.raw) {
      const problems = this.env.openapi.checkResponse(method, route.template, result.status, result.body)
      if (problems.length > 0) {
        const message = `${method} ${route.template} ${result.status} does not match the OpenAPI description: ${problems.slice(0, 5).join('; ')}`
        this.env.state.emulatorErrors.push(message)
        return { status: 500, body: { message: `Emulator error: ${message}` } }
      }
    }
    return result
  }

  private window(token: TokenRecord | null, resource: string): RateWindow {
    const key = `${token?.token ?? 'anonymous'}:${resource}`
    let window = this.windows.get(key)
    if (!window || Date.now() >= window.resetAt) {
      window = { used: 0, resetAt: Date.now() + 3600_000 }
      this.windows.set(key, window)
    }
    return window
  }

  private countRequest(token: TokenRecord | null, resource: string): void {
    this.window(token, resource).used += 1
  }

  private rateHeaders(token: TokenRecord | null, resource: string): Record<string, string> {
    const limit = token ? this.env.options.rateLimit : 60
    const window = this.window(token, resource)
    const forcedReset = this.faults.primaryResetIfActive()
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(forcedReset !== null ? 0 : Math.max(0, limit - window.used)),
      'x-ratelimit-used': String(Math.min(window.used, limit)),
      'x-ratelimit-reset': String(forcedReset ?? Math.ceil(window.resetAt / 1000)),
      'x-ratelimit-resource': resource
    }
  }
}

function faultResponse(fault: NonNullable<ReturnType<Faults['decide']>>): HandlerResult {
  switch (fault.kind) {
    case 'error':
      return {
        status: fault.status,
        body: fault.body ?? { message: fault.status === 502 ? 'Server Error' : 'Internal Server Error' }
      }
    case 'secondary':
      return {
        status: 403,
        headers: { 'retry-after': String(fault.retryAfterSeconds) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID EMULATOR.',
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403'
        }
      }
    case 'primary':
      return primaryLimit(fault.status, fault.resetEpochSeconds)
  }
}

function primaryLimit(status: number, resetEpochSeconds: number): HandlerResult {
  const body: JsonObject = {
    message:
      'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID EMULATOR.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    status: String(status)
  }
  return {
    status,
    body,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetEpochSeconds) }
  }
}

function tryParse(raw: Buffer): JsonValue | undefined {
  try {
    return JSON.parse(raw.toString('utf8')) as JsonValue
  } catch {
    return undefined
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
