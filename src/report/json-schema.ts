// JSON Schema (draft-07) of `stateless-audit --format json`: the contract in DESIGN.md. Fields may be
// added (additionalProperties stays open); none of the required ones may be renamed or retyped.

const position = { type: 'integer', minimum: 1 } as const

/** A path relative to the scan root, with `/`: not absolute, no drive letter, no backslash. */
const relativePosixPath = { type: 'string', minLength: 1, pattern: '^(?!/)(?![A-Za-z]:)[^\\\\]*$' } as const

const evidence = {
  type: 'object',
  required: ['path', 'line', 'note'],
  properties: {
    path: relativePosixPath,
    line: position,
    note: { type: 'string' }
  }
} as const

const finding = {
  type: 'object',
  required: [
    'ruleId',
    'severity',
    'path',
    'line',
    'column',
    'endLine',
    'endColumn',
    'message',
    'fingerprint',
    'evidence'
  ],
  properties: {
    ruleId: { type: 'string', minLength: 1 },
    severity: { enum: ['error', 'warning', 'notice'] },
    path: relativePosixPath,
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    message: { type: 'string', minLength: 1 },
    fingerprint: { type: 'string', minLength: 1 },
    evidence: { type: 'array', items: { $ref: '#/definitions/evidence' } },
    suggestion: { type: 'string' },
    suppression: {
      type: 'object',
      required: ['reason', 'path', 'line'],
      properties: { reason: { type: 'string' }, path: relativePosixPath, line: position }
    }
  }
} as const

const count = { type: 'integer', minimum: 0 } as const

export const jsonReportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:stateless-audit:json-report:1',
  title: 'stateless-audit --format json',
  type: 'object',
  required: ['tool', 'findings', 'summary'],
  definitions: { finding, evidence },
  properties: {
    tool: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { const: 'stateless-audit' }, version: { type: 'string', minLength: 1 } }
    },
    findings: { type: 'array', items: { $ref: '#/definitions/finding' } },
    suppressed: { type: 'array', items: { $ref: '#/definitions/finding' } },
    outOfScope: { type: 'array', items: { $ref: '#/definitions/finding' } },
    summary: {
      type: 'object',
      required: ['files', 'errors', 'warnings', 'notices', 'parseErrors', 'durationMs'],
      properties: {
        files: count,
        errors: count,
        warnings: count,
        notices: count,
        parseErrors: count,
        durationMs: { type: 'number', minimum: 0 },
        suppressed: count,
        outOfScope: count,
        // Only with a result cache (CLI --cache): the files whose results came from it.
        cachedFiles: count
      }
    }
  }
} as const
