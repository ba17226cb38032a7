// String literals that hard-code a place on this server's disk: storage/app…, /…/storage/…,
// upload directories under public/. The seed audit grepped for these; on the AST comments never
// match, config files are skipped, and a string is judged by its path-like tokens only.
import type { RuleReport, Span } from '../engine/types.js'
import {
  argument,
  isKind,
  isMemberLookup,
  LineIndex,
  memberName,
  NameResolver,
  sourceText,
  spanOf,
  walk,
  type EncapsedNode,
  type PhpNode
} from '../php/ast.js'
import { isStorageDiskCall } from './storage-local-write.js'
import { allOf, anyOf, ci, exact, pattern, patternWith, word } from './triggers.js'
import { isUploadStore } from './upload-to-local-disk.js'
import type { CodeRule } from './types.js'

type PathKind = 'storage' | 'public-uploads'

interface Match {
  kind: PathKind
  token: string
  /** Index of the token in the literal's template text. */
  index: number
}

/** Stands in for an interpolated expression: a path character, so `storage/{$d}/x` stays one token. */
const HOLE = '\u2026'

// Characters that cannot be part of a path token in code: whitespace, quotes, markup and call
// punctuation. `storage/app/x.csv` in `"<a href='/storage/x'>"` or `url(/storage/x)` is still found.
const SEPARATORS = /[\s"'`<>()[\]{},;|=]+/

const PATTERNS: Array<{ kind: PathKind; pattern: RegExp }> = [
  { kind: 'storage', pattern: /(?:^|\/)storage\/app(?:\/|$)/ },
  { kind: 'public-uploads', pattern: /(?:^|\/)public\/(?:[\w.-]+\/)*uploads?(?:\/|$)/i },
  // Absolute paths with a storage segment: /storage/x, /var/www/html/storage/logs/x.log.
  { kind: 'storage', pattern: /^\/(?:[^/]+\/)*storage\/[^/]/ },
  // Relative paths into storage: storage/logs/x.log, ./storage/x, asset('storage/avatars/…').
  { kind: 'storage', pattern: /^(?:\.\/)?storage\/[^/]/ }
]

/** An upload directory given to public_path(): public_path('uploads'), public_path('images/uploads/…'). */
const UPLOAD_DIR = /^\/?(?:[\w.-]+\/)*uploads?(?:\/|$)/i

/**
 * Laravel's maintenance-mode file, which every app's public/index.php checks: whether maintenance
 * mode is per server is maintenance-driver-file's finding, and the line is the framework's own.
 */
const MAINTENANCE_FILE = /(?:^|\/)storage\/framework\/maintenance\.php$/

/** The first path-like token of a text that hard-codes a local storage location. */
export function matchStoragePath(text: string): Match | null {
  let offset = 0
  for (const token of text.split(SEPARATORS)) {
    const index = text.indexOf(token, offset)
    offset = index + token.length
    // URLs point at another host (a CDN, S3): not this server's disk.
    if (token === '' || token.includes('://') || token.startsWith('//')) continue
    if (MAINTENANCE_FILE.test(token)) continue
    for (const { kind, pattern } of PATTERNS) {
      if (pattern.test(token)) return { kind, token, index }
    }
  }
  return null
}

/**
 * Where a string is prose for a person, not a location the code uses: console output and log
 * messages, a command's description, translations, exception messages. ("Check storage/logs/x.log"
 * in `$this->error()` writes nothing.)
 */
const MESSAGE_METHODS = new Set([
  'info',
  'error',
  'warn',
  'warning',
  'line',
  'comment',
  'question',
  'alert',
  'note',
  'notice',
  'debug',
  'critical',
  'emergency',
  'fail'
])
const MESSAGE_FUNCTIONS = ['__', 'trans', 'trans_choice']
/** Route registrations: their strings are URIs (`Route::get('storage/m/{id}', …)`), not disk paths. */
const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'options',
  'any',
  'match',
  'redirect',
  'permanentredirect',
  'view',
  'prefix'
])
const MESSAGE_PROPERTIES = new Set(['description', 'signature', 'help'])
/**
 * Nodes a string passes through on its way to the call that uses it: concatenation, interpolation,
 * ?:, arrays (of replacements, of disk paths for delete([…])).
 */
const VALUE_PARTS = new Set([
  'bin',
  'encapsed',
  'encapsedpart',
  'retif',
  'namedargument',
  'cast',
  'array',
  'entry'
])

/** A translation file: in a locale directory of `lang/` (9+) or `resources/lang/`. */
const TRANSLATION_FILE = /(?:^|\/)lang\/[^/]+\/.+\.php$/i

/** What one reported literal holds: `storage/`, or `public/…upload`. */
const PATH_LITERAL = patternWith(
  ['storage/', 'public/'],
  exact('storage/'),
  ci('public/') + String.raw`[\w./-]*` + ci('upload')
)

export const hardcodedStoragePath: CodeRule = {
  meta: {
    id: 'hardcoded-storage-path',
    level: 'code',
    defaultSeverity: 'warning',
    summary:
      "A string literal hard-codes a path on the server's local disk (storage/app…, /storage/…, public/uploads).",
    help:
      'Paths such as storage/app/…, /var/www/app/storage/… or public/uploads point at the disk of the one server ' +
      'that runs the code. Files written there are missing on every other server behind the load balancer, and ' +
      'disappear when a container is replaced. Go through a filesystem disk instead (Storage::disk(...) with a ' +
      'shared driver such as s3) and keep paths relative to the disk; uploads belong on that disk too.'
  },
  // Every PATTERNS match holds `storage/` (case-sensitive) or `public/…upload` in one literal;
  // public_path()'s upload directory holds the word upload.
  triggers: anyOf(PATH_LITERAL, allOf(word('public_path'), pattern(ci('upload')))),
  // The reported literal, or the public_path() call (its argument may be a variable).
  anchors: anyOf(PATH_LITERAL, word('public_path')),
  check(file, context) {
    if (context.isConfigFile || TRANSLATION_FILE.test(file.path)) return []
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    // The call, `new` or property a literal is the message (or route URI) of, through MESSAGE_PARTS.
    const isMessage = (ancestors: readonly PhpNode[]): boolean => {
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const node = ancestors[i]
        if (VALUE_PARTS.has(node.kind)) continue
        if (isKind(node, 'call')) {
          const method = isMemberLookup(node.what) ? (memberName(node.what)?.toLowerCase() ?? '') : null
          if (
            method !== null &&
            isKind(node.what, 'staticlookup') &&
            ROUTE_METHODS.has(method) &&
            resolver.facadeName(node.what.what) === 'Route'
          )
            return true
          if (method !== null) return MESSAGE_METHODS.has(method)
          return MESSAGE_FUNCTIONS.some((name) => resolver.isGlobalFunctionCall(node, name))
        }
        if (isKind(node, 'new')) {
          const what = node.what as PhpNode & { name?: unknown }
          return isKind(node.what, 'name') && /(?:Exception|Error)$/i.test(String(what.name))
        }
        if (node.kind === 'property') {
          const name = (node as PhpNode & { name?: { name?: unknown } }).name?.name
          return typeof name === 'string' && MESSAGE_PROPERTIES.has(name.toLowerCase())
        }
        return false
      }
      return false
    }
    // A literal passed to a Storage disk method (`Storage::disk('s3')->put('public/uploads/x')`,
    // `Storage::url(…)`) or to an upload's store() is a key relative to the disk's root, whatever the
    // disk: not a place on this server. On a local disk, storage-local-write and upload-to-local-disk
    // report the write.
    const isDiskKey = (literal: PhpNode, ancestors: readonly PhpNode[]): boolean => {
      let child = literal
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const node = ancestors[i]
        if (VALUE_PARTS.has(node.kind)) {
          child = node
          continue
        }
        if (!isKind(node, 'call') || !node.arguments.includes(child)) return false
        const upToCall = ancestors.slice(0, i + 1)
        return isStorageDiskCall(node, resolver, upToCall) || isUploadStore(node, resolver, upToCall)
      }
      return false
    }
    const quiet = (literal: PhpNode, ancestors: readonly PhpNode[]): boolean =>
      isMessage(ancestors) || isDiskKey(literal, ancestors)
    const reports: RuleReport[] = []
    const reported = new Set<PhpNode>()
    let lines: LineIndex | null = null
    // A one-line literal is reported whole; in a multi-line heredoc or nowdoc, just the token.
    const tokenSpan = (anchor: PhpNode, token: string): Span => {
      const span = spanOf(anchor)
      const text = sourceText(file.text, anchor)
      if (span.line === span.endLine || text === null || !anchor.loc) return span
      const at = text.indexOf(token)
      if (at === -1) return span
      lines ??= new LineIndex(file.text)
      const start = lines.position(anchor.loc.start.offset + at)
      return {
        line: start.line,
        column: start.column + 1,
        endLine: start.line,
        endColumn: start.column + 1 + token.length
      }
    }
    const report = (anchor: PhpNode, literal: PhpNode, match: Match): void => {
      if (reported.has(literal)) return
      reported.add(literal)
      reports.push({
        path: file.path,
        span: tokenSpan(anchor, match.token),
        message: messageFor(match),
        evidence: [],
        fingerprintKey: `path:${match.token}`
      })
    }
    walk(program, (node, context) => {
      if (resolver.isGlobalFunctionCall(node, 'public_path') && isKind(node, 'call')) {
        // public_path('uploads') is an upload directory under public/ even without the word public.
        let first: PhpNode | null = argument(node, 0, 'path')
        while (isKind(first, 'bin') && first.type === '.') first = first.left
        const template = literalTemplate(first ?? undefined)
        if (first && template !== null && UPLOAD_DIR.test(template)) {
          report(first, first, {
            kind: 'public-uploads',
            token: `public/${template.replace(/^\//, '')}`,
            index: 0
          })
        }
        return
      }
      if (isKind(node, 'string') || isKind(node, 'nowdoc')) {
        // Parts of an interpolated string are judged with the whole string.
        if (isKind(context.parent, 'encapsedpart')) return
        const match = matchStoragePath(node.value)
        if (match && !quiet(node, context.ancestors)) report(node, node, match)
        return
      }
      if (isKind(node, 'encapsed') && node.type !== 'shell') {
        const match = matchStoragePath(encapsedTemplate(node))
        if (match && !quiet(node, context.ancestors)) report(node, node, match)
      }
    })
    return reports
  }
}

function messageFor(match: Match): string {
  if (match.kind === 'public-uploads') {
    return (
      `'${match.token}' hard-codes an upload directory on this server's disk: files saved there exist only on the ` +
      "server that received them. Store uploads on a shared disk (->store('avatars', 's3'), Storage::disk('s3'))."
    )
  }
  return (
    `'${match.token}' hard-codes a path on this server's local disk: files there exist only on the server that ` +
    "wrote them. Use a Storage disk with a shared driver (Storage::disk('s3')) and paths relative to it."
  )
}

/** The text of a literal with interpolations as HOLE, null for anything that is not a string literal. */
function literalTemplate(node: PhpNode | undefined): string | null {
  if (isKind(node, 'string') || isKind(node, 'nowdoc')) return node.value
  if (isKind(node, 'encapsed') && node.type !== 'shell') return encapsedTemplate(node)
  return null
}

function encapsedTemplate(node: EncapsedNode): string {
  return node.value.map((part) => (isKind(part.expression, 'string') ? part.expression.value : HOLE)).join('')
}
