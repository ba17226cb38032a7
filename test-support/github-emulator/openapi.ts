// GitHub's published OpenAPI description (@octokit/openapi, api.github.com.json) compiled with ajv:
// request bodies are validated before a handler runs, responses after it (to keep the emulator's
// JSON honest). Error texts follow the json_schema validator GitHub's REST API reports with
// ("Invalid request.\n\n…"): "No more than 50 items are allowed; 51 were supplied.",
// "\"anotations\" is not a permitted key.", "\"head_sha\" wasn't supplied.", …
//
// Unknown keys: the description only rarely says `additionalProperties: false`, yet GitHub answers
// 422 "\"x\" is not a permitted key." for keys its own schemas do not list (seen on check-run
// updates, enforce_admins, immutable-releases, review-comment replies). The emulator therefore closes
// every request-body object schema that lists `properties` and does not say otherwise
// (`unknownKeys: 'reject'`, the default); `unknownKeys: 'ignore'` validates the description as
// published.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { JsonValue } from './errors.js'

const SPEC_ID = 'https://api.github.com/openapi.json'

type Schema = { [key: string]: unknown }

interface Operation {
  operationId: string
  externalDocs?: { url: string }
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> }
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

export type UnknownKeys = 'reject' | 'ignore'

export interface RequestValidation {
  ok: boolean
  messages: string[]
}

/**
 * Where api.github.com returns what its description does not allow, responses are checked against
 * what GitHub really sends: an outdated review comment has `line` and `position` null.
 */
const DESCRIPTION_GAPS: Record<string, Record<string, Schema>> = {
  'pull-request-review-comment': { line: { nullable: true }, position: { nullable: true } }
}

/**
 * Request shapes GitHub accepts besides the described one. A reply via pulls/{n}/comments needs only
 * `body` and `in_reply_to` ("all parameters other than body are ignored"), although the description
 * lists commit_id and path as required.
 */
const REQUEST_ALTERNATIVES: Record<string, Schema> = {
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments': {
    type: 'object',
    properties: { body: { type: 'string' }, in_reply_to: { type: 'integer' } },
    required: ['body', 'in_reply_to']
  }
}

let specCache: Spec | undefined

function loadSpec(): Spec {
  if (!specCache) {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    specCache = JSON.parse(readFileSync(file, 'utf8')) as Spec
  }
  return specCache
}

export class OpenApi {
  private readonly spec = loadSpec()
  private readonly ajv: Ajv
  private readonly requestValidators = new Map<string, ValidateFunction | null>()
  private readonly responseValidators = new Map<string, ValidateFunction | null>()

  constructor(private readonly unknownKeys: UnknownKeys = 'reject') {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true })
    addFormatsModule.default(this.ajv)
    const schemas: Record<string, unknown> = {}
    for (const [name, patch] of Object.entries(DESCRIPTION_GAPS)) {
      const props = this.spec.components.schemas[name]?.properties as Record<string, Schema> | undefined
      for (const [prop, extra] of Object.entries(patch)) if (props?.[prop]) Object.assign(props[prop], extra)
    }
    for (const [name, schema] of Object.entries(this.spec.components.schemas)) {
      schemas[name] = normalize(schema, false)
    }
    this.ajv.addSchema({ $id: SPEC_ID, components: { schemas } })
  }

  operation(method: string, template: string): Operation {
    const op = this.spec.paths[template]?.[method.toLowerCase()]
    if (!op) throw new Error(`The OpenAPI description has no ${method} ${template}`)
    return op
  }

  documentationUrl(method: string, template: string): string {
    return this.operation(method, template).externalDocs?.url ?? 'https://docs.github.com/rest'
  }

  /** Validate a request body; `body` is undefined when the request had none. */
  validateRequest(method: string, template: string, body: JsonValue | undefined): RequestValidation {
    const op = this.operation(method, template)
    const key = `${method} ${template}`
    if (!this.requestValidators.has(key)) {
      const schema = op.requestBody?.content['application/json']?.schema
      const close = this.unknownKeys === 'reject'
      let compiled = schema ? (normalize(schema, close) as Schema) : undefined
      const alternative = REQUEST_ALTERNATIVES[key]
      if (compiled && alternative) compiled = { anyOf: [normalize(alternative, close), compiled] }
      this.requestValidators.set(key, compiled ? this.ajv.compile(compiled) : null)
    }
    const validate = this.requestValidators.get(key)
    if (!validate) return { ok: true, messages: [] }
    if (body === undefined) {
      if (!op.requestBody?.required) return { ok: true, messages: [] }
      return { ok: false, messages: ["For 'links/0/schema', nil is not an object."] }
    }
    if (validate(body)) return { ok: true, messages: [] }
    return { ok: false, messages: formatErrors(validate.errors ?? [], body) }
  }

  /** Check a response body against the description; returns problems (empty when it conforms). */
  checkResponse(method: string, template: string, status: number, body: JsonValue | undefined): string[] {
    const key = `${method} ${template} ${status}`
    if (!this.responseValidators.has(key)) {
      const response = this.operation(method, template).responses[String(status)]
      const content = response?.content ?? {}
      const schema = (content['application/json'] ?? Object.values(content)[0])?.schema
      this.responseValidators.set(key, schema ? this.ajv.compile(normalize(schema, false) as Schema) : null)
    }
    const validate = this.responseValidators.get(key)
    if (!validate || body === undefined) return []
    if (validate(body)) return []
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
  }
}

/**
 * Copy a schema for ajv: local `$ref`s point into the registered description, OpenAPI's `nullable`
 * without a `type` becomes an explicit null alternative, and (for request bodies) object schemas
 * that list properties reject keys they do not list.
 */
function normalize(schema: unknown, closeObjects: boolean, inComposition = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => normalize(s, closeObjects, inComposition))
  if (schema === null || typeof schema !== 'object') return schema
  const source = schema as Schema
  const out: Schema = {}
  for (const [key, value] of Object.entries(source)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out.$ref = `${SPEC_ID}${value}`
    } else if (key === 'properties' && value && typeof value === 'object') {
      const props: Schema = {}
      for (const [name, sub] of Object.entries(value as Schema)) props[name] = normalize(sub, closeObjects)
      out.properties = props
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      // Branches of a composition only constrain; closing them would reject the sibling keys.
      out[key] = (value as unknown[]).map((s) => normalize(s, closeObjects, true))
    } else if (key === 'example' || key === 'examples' || key === 'description') {
      continue
    } else {
      out[key] = normalize(value, closeObjects)
    }
  }
  // OpenAPI 3.0: `nullable` admits null even past an `enum`; ajv wants null listed in the enum.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) {
    out.enum = [...(out.enum as unknown[]), null]
  }
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable
    return { anyOf: [out, { type: 'null' }] }
  }
  if (closeObjects && !inComposition && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false
  }
  return out
}

/** ajv errors worded the way GitHub's json_schema validator words them. */
export function formatErrors(errors: ErrorObject[], body: JsonValue): string[] {
  const messages: string[] = []
  const extraKeys = new Map<string, string[]>()
  for (const error of errors) {
    const params = error.params as Record<string, unknown>
    switch (error.keyword) {
      case 'additionalProperties': {
        const keys = extraKeys.get(error.instancePath) ?? []
        keys.push(String(params.additionalProperty))
        extraKeys.set(error.instancePath, keys)
        break
      }
      case 'required':
        messages.push(`"${String(params.missingProperty)}" wasn't supplied.`)
        break
      case 'maxItems': {
        const n = arrayLength(body, error.instancePath)
        messages.push(
          `No more than ${String(params.limit)} item${params.limit === 1 ? ' is' : 's are'} allowed; ${n} ${n === 1 ? 'was' : 'were'} supplied.`
        )
        break
      }
      case 'maxLength': {
        const n = stringLength(body, error.instancePath)
        messages.push(
          `Only ${String(params.limit)} character${params.limit === 1 ? ' is' : 's are'} allowed; ${n} ${n === 1 ? 'was' : 'were'} supplied.`
        )
        break
      }
      case 'type': {
        const value = valueAt(body, error.instancePath)
        messages.push(
          `For '${parentKey(error.instancePath)}', ${inspect(value)} is not ${article(String(params.type))}.`
        )
        break
      }
      case 'enum':
        messages.push(
          `${plain(valueAt(body, error.instancePath))} is not a member of [${(
            params.allowedValues as unknown[]
          )
            .map((v) => inspect(v as JsonValue))
            .join(', ')}].`
        )
        break
      case 'format':
        messages.push(`${plain(valueAt(body, error.instancePath))} is not a valid ${String(params.format)}.`)
        break
      case 'anyOf':
        messages.push('No subschema in "anyOf" matched.')
        break
      case 'oneOf':
        messages.push('No subschema in "oneOf" matched.')
        break
      default:
        messages.push(`${error.instancePath || 'body'} ${error.message ?? error.keyword}.`)
    }
  }
  for (const keys of extraKeys.values()) {
    const sorted = [...new Set(keys)].sort()
    messages.unshift(
      `"${sorted.join('", "')}" ${sorted.length === 1 ? 'is not a permitted key.' : 'are not permitted keys.'}`
    )
  }
  return [...new Set(messages)]
}

function segments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function valueAt(body: JsonValue, pointer: string): JsonValue | undefined {
  let current: JsonValue | undefined = body
  for (const segment of segments(pointer)) {
    if (current === null || typeof current !== 'object') return undefined
    current = Array.isArray(current) ? current[Number(segment)] : current[segment]
  }
  return current
}

function arrayLength(body: JsonValue, pointer: string): number {
  const value = valueAt(body, pointer)
  return Array.isArray(value) ? value.length : 0
}

function stringLength(body: JsonValue, pointer: string): number {
  const value = valueAt(body, pointer)
  return typeof value === 'string' ? [...value].length : 0
}

function parentKey(pointer: string): string {
  const parts = segments(pointer)
  if (parts.length === 0) return 'links/0/schema'
  const last = parts[parts.length - 1]
  return /^\d+$/.test(last) ? 'items' : `properties/${last}`
}

function article(type: string): string {
  const word = type.split(',').join(' or ')
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}

/** Ruby's `inspect`, which GitHub's messages use: strings quoted, null as nil. */
function inspect(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'nil'
  return JSON.stringify(value)
}

/** Ruby's string interpolation of a value: strings unquoted. */
function plain(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}
