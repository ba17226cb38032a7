// Validators for the report formats, shared by the reporter tests and the CLI's end-to-end tests.
import AjvDraft04Module from 'ajv-draft-04'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { jsonReportSchema } from '../src/report/json-schema.js'

// The SARIF 2.1.0 JSON schema as shipped by Microsoft's SARIF SDK (@microsoft/jest-sarif). It is
// the OASIS 2.1.0 schema in its draft-04 form ("2.1.0-rtm.5"); the later draft-07 copy differs only
// in `suppression.status` → `state` (unused here) and a regex typo fix in `language`.
const require = createRequire(import.meta.url)
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
export const sarifSchema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>

// Both are CommonJS; under ESM the default export is the module object or the class/function.
type Draft04 = typeof AjvDraft04Module.default
const AjvDraft04 = ('default' in AjvDraft04Module ? AjvDraft04Module.default : AjvDraft04Module) as Draft04
export const addFormats = (
  'default' in addFormatsModule ? addFormatsModule.default : addFormatsModule
) as typeof addFormatsModule.default

// unicodeRegExp off: the rtm.5 `language` pattern has a stray `]` (fixed later) that is only legal
// without the `u` flag. strict off: the schema lists `required` names only defined in sibling branches, which strict mode lints.
const draft04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(draft04)
export const validateSarif = draft04.compile(sarifSchema)

const draft07 = new Ajv({ allErrors: true, strict: true })
addFormats(draft07)
export const validateJsonReport = draft07.compile(jsonReportSchema)
