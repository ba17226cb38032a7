// Writes that keep files on the server that ran the code: Storage writes through a disk whose
// driver resolves to `local` (named, or the default disk), on-demand local disks from
// Storage::build(), and plain PHP / File facade writes into storage_path(), public_path(),
// base_path() or a `storage/…` literal. Reads never fire; temp files never match a local path.
//
// The helpers at the bottom (disk resolution through the project model, message snippets, path
// wording) are shared with upload-to-local-disk, cache-store-explicit-local and log-local-file-in-code.
import type { Evidence, RuleReport, Span } from '../engine/types.js'
import { normaliseSnippet } from '../engine/fingerprint.js'
import type { FilesystemDisk, LaravelProject, ResolvedValue } from '../laravel/types.js'
import {
  argument,
  arrayString,
  arrayValue,
  arrayHasSpread,
  callSpan,
  FQN,
  isKind,
  isMethodCall,
  isNullLiteral,
  localPathOrigin,
  memberName,
  NameResolver,
  sameName,
  sourceText,
  spanOf,
  stringValue,
  tempPathOrigin,
  traceValue,
  variableHasType,
  collectOnCalls,
  type CallNode,
  type LocalPathOrigin,
  type PhpNode
} from '../php/ast.js'
import type { SourceFile } from '../php/source.js'
import {
  decide,
  evidenceFor,
  exampleOnlyNote,
  localDiskVerdict,
  type Decision,
  type LocalVerdict
} from './local-drivers.js'
import { allOf, anyOf, exact, LOCAL_PLACE, methods, patternWith, word } from './triggers.js'
import type { CodeContext, CodeRule } from './types.js'

const ID = 'storage-local-write'

/** Storage (FilesystemAdapter) methods that create or change files (RULES.md). */
const DISK_WRITES = new Set([
  'put',
  'putfile',
  'putfileas',
  'writestream',
  'append',
  'prepend',
  'copy',
  'move',
  'makedirectory'
])

/**
 * Illuminate\Filesystem\Filesystem writes (File facade or a typed instance): the argument that is
 * the written path, by position and parameter name. copy/move write their target.
 */
const FILE_WRITES: ReadonlyMap<string, { position: number; name: string }> = new Map([
  ['put', { position: 0, name: 'path' }],
  ['replace', { position: 0, name: 'path' }],
  ['append', { position: 0, name: 'path' }],
  ['prepend', { position: 0, name: 'path' }],
  ['makedirectory', { position: 0, name: 'path' }],
  ['ensuredirectoryexists', { position: 0, name: 'path' }],
  ['copy', { position: 1, name: 'target' }],
  ['move', { position: 1, name: 'target' }]
])

/** PHP functions that write a file: the written path argument. fopen only in a write mode. */
const NATIVE_WRITES: ReadonlyMap<string, { position: number; name: string }> = new Map([
  ['file_put_contents', { position: 0, name: 'filename' }],
  ['fopen', { position: 0, name: 'filename' }],
  ['touch', { position: 0, name: 'filename' }],
  ['mkdir', { position: 0, name: 'directory' }],
  ['copy', { position: 1, name: 'to' }],
  ['rename', { position: 1, name: 'to' }]
])

export const storageLocalWrite: CodeRule = {
  meta: {
    id: ID,
    level: 'code',
    defaultSeverity: 'warning',
    summary:
      "Writes a file to the server's own disk: a Storage write through a local-driver disk, Storage::build() " +
      'with the local driver, or file_put_contents/fopen/mkdir/File::put into storage_path() or public_path().',
    help:
      'Files written to a local-driver disk, storage/ or public/ exist only on the server that ran the code: ' +
      'the next request may land on another server that does not have them, and they are lost when the ' +
      'server is replaced. Write through a shared disk (s3 or another cloud driver) with Storage::disk(...), or ' +
      'point the disk at shared storage. Scratch files that live for one request or job belong in ' +
      'sys_get_temp_dir(). If a shared volume is mounted on storage/ on every server, suppress the finding with ' +
      'the reason.'
  },
  // A write through the Storage facade (the name facadeName() matches), or a native or File /
  // Filesystem write together with a local place: a path helper, or a literal into storage/.
  triggers: anyOf(
    allOf(patternWith(['storage'], exact('Storage')), methods(...DISK_WRITES, 'build')),
    allOf(LOCAL_PLACE, anyOf(methods(...FILE_WRITES.keys()), word(...NATIVE_WRITES.keys())))
  ),
  anchors: anyOf(methods(...DISK_WRITES, 'build', ...FILE_WRITES.keys()), word(...NATIVE_WRITES.keys())),
  check(file, context) {
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    return collectOnCalls(
      program,
      (call, ancestors) =>
        diskWrite(file, context, resolver, call, ancestors) ??
        storageBuild(file, resolver, call, ancestors) ??
        pathWrite(file, resolver, call, ancestors)
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Storage writes through a disk
// ---------------------------------------------------------------------------------------------

/** `Storage::put()`, `Storage::disk('x')->put()`, `$disk->put()` with `$disk = Storage::disk('x')`. */
function diskWrite(
  file: SourceFile,
  context: CodeContext,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  if (!isMethodCall(call)) return null
  const method = memberName(call.what)
  if (method === null || !DISK_WRITES.has(method.toLowerCase())) return null
  let choice: DiskChoice
  let what: string
  if (call.what.kind === 'staticlookup') {
    if (resolver.facadeName(call.what.what) !== 'Storage') return null
    choice = { kind: 'default', node: null }
    what = `Storage::${method}()`
  } else {
    const source = storageDiskOf(call.what.what, resolver, ancestors)
    // Storage::build() disks are reported once, on the build() call itself.
    if (source === null || source.kind === 'build') return null
    choice = source.choice
    what = `${snippet(file.text, call.what.what)}->${method}()`
  }
  const span = callSpan(call)
  const target = stringValue(argument(call, 0, 'path'))
  const key = `storage:${choiceKey(choice, file.text)}:${method.toLowerCase()}:${target ?? snippet(file.text, argument(call, 0, 'path'))}`
  const judgement = judgeDisk(context.project, choice, file.text)
  if (judgement.kind === 'shared') return null
  if (judgement.kind === 'unresolved') {
    return {
      path: file.path,
      span,
      severity: 'notice',
      message:
        `${what} writes to a disk that could not be resolved: ${judgement.why}. If that disk has the local ` +
        'driver, the file exists only on the server that ran this code and is missing on the others. Use a ' +
        'literal disk name that is shared (such as s3), or suppress this finding with the reason it is safe.',
      evidence: judgement.evidence,
      fingerprintKey: key
    }
  }
  return {
    path: file.path,
    span,
    message:
      `${what} writes to ${judgement.description}, which ${judgement.verdict.reason}${judgement.note}: other ` +
      'servers do not have the file, and it is lost with this server. Write it to a shared disk such as s3 ' +
      "(Storage::disk('s3')->" +
      `${method}(...)), or mount shared storage on every server and suppress this finding with the reason.`,
    evidence: localDiskEvidence(file.path, span, judgement),
    fingerprintKey: key
  }
}

/**
 * Whether a call is a method of a Storage disk, whatever the method and the disk: `Storage::m()`
 * (the default disk), `Storage::disk(…)->m()`, `Storage::build(…)->m()`, or such a disk in a
 * variable. Its path arguments are keys relative to the disk's root, not paths on this server;
 * `Storage::build($root)` itself is left out, since its argument is a root on this server.
 */
export function isStorageDiskCall(
  call: CallNode,
  resolver: NameResolver,
  ancestors: readonly PhpNode[]
): boolean {
  if (!isMethodCall(call)) return false
  if (call.what.kind === 'staticlookup')
    return (
      resolver.facadeName(call.what.what) === 'Storage' &&
      (memberName(call.what) ?? '').toLowerCase() !== 'build'
    )
  return storageDiskOf(call.what.what, resolver, ancestors) !== null
}

/** The Storage disk an instance-method receiver is (a variable is followed to its assignment). */
function storageDiskOf(
  receiver: PhpNode,
  resolver: NameResolver,
  ancestors: readonly PhpNode[]
): { kind: 'disk'; choice: DiskChoice } | { kind: 'build' } | null {
  const value = traceValue(receiver, ancestors)
  if (!isMethodCall(value) || value.what.kind !== 'staticlookup') return null
  if (resolver.facadeName(value.what.what) !== 'Storage') return null
  const method = (memberName(value.what) ?? '').toLowerCase()
  if (method === 'build') return { kind: 'build' }
  if (method !== 'disk' && method !== 'drive') return null
  // `Storage::disk(...$args)`: the disk is somewhere in the spread.
  const spread = value.arguments.find((arg) => isKind(arg, 'variadic'))
  if (spread) return { kind: 'disk', choice: { kind: 'dynamic', node: spread } }
  return { kind: 'disk', choice: diskChoice(argument(value, 0, 'name'), resolver, ancestors) }
}

// ---------------------------------------------------------------------------------------------
// Storage::build()
// ---------------------------------------------------------------------------------------------

/**
 * `Storage::build([... 'driver' => 'local' ...])` or `Storage::build($root)` (a string builds a local
 * disk at that root: FilesystemManager::build). A config that cannot be read is a notice.
 */
function storageBuild(
  file: SourceFile,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  if (!isMethodCall(call) || call.what.kind !== 'staticlookup') return null
  if ((memberName(call.what) ?? '').toLowerCase() !== 'build') return null
  if (resolver.facadeName(call.what.what) !== 'Storage') return null
  const arg = argument(call, 0, 'config')
  const config = traceValue(arg, ancestors)
  const span = callSpan(call)
  const key = `storage:build:${snippet(file.text, arg)}`
  let root: PhpNode | null
  if (isKind(config, 'array')) {
    const driverNode = arrayValue(config, 'driver')
    const driver = arrayString(config, 'driver') ?? stringValue(traceValue(driverNode, ancestors))
    if (driver === null) {
      if (driverNode === null && !arrayHasSpread(config)) return null // Laravel needs a driver; nothing to judge
      return buildUnresolved(file, span, key, driverNode ?? config)
    }
    if (driver.trim().toLowerCase() !== 'local') return null
    root = arrayValue(config, 'root')
  } else if (
    config !== null &&
    (stringValue(config) !== null || isPathExpression(config, resolver, ancestors))
  ) {
    root = config
  } else {
    return buildUnresolved(file, span, key, arg ?? call)
  }
  // A scratch disk in the temp directory lives for one request or job.
  if (root && tempPathOrigin(root, resolver, ancestors) !== null) return null
  const rootText = root ? ` at ${snippet(file.text, root)}` : ''
  return {
    path: file.path,
    span,
    message:
      `Storage::build() creates a disk with the local driver${rootText}: files written through it stay on the ` +
      'server that ran this code; other servers do not have them, and they are lost with this server. Build it ' +
      "with a shared driver (such as s3), or use a configured shared disk (Storage::disk('s3')).",
    evidence: [],
    fingerprintKey: key
  }
}

function buildUnresolved(file: SourceFile, span: Span, key: string, node: PhpNode): RuleReport {
  return {
    path: file.path,
    span,
    severity: 'notice',
    message:
      `Storage::build() gets a disk configuration that could not be resolved (${snippet(file.text, node)}). ` +
      'If its driver is local, files written through it stay on the server that ran this code. Use a shared ' +
      'driver such as s3, or suppress this finding with the reason it is safe.',
    evidence: [],
    fingerprintKey: key
  }
}

/** A string-building expression (concatenation, interpolation, a path helper) rather than an array. */
function isPathExpression(node: PhpNode, resolver: NameResolver, ancestors: PhpNode[]): boolean {
  return (
    localPathOrigin(node, resolver, ancestors) !== null ||
    isKind(node, 'encapsed') ||
    (isKind(node, 'bin') && node.type === '.')
  )
}

// ---------------------------------------------------------------------------------------------
// Plain file writes into local paths
// ---------------------------------------------------------------------------------------------

/** file_put_contents/fopen(w)/touch/mkdir/copy/rename and File::put/… whose path is local. */
function pathWrite(
  file: SourceFile,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  let what: string
  let target: PhpNode | null
  const fn = resolver.globalFunctionName(call)
  if (fn !== null) {
    const spec = NATIVE_WRITES.get(fn)
    if (!spec) return null
    if (fn === 'fopen' && !isWriteMode(stringValue(traceValue(argument(call, 1, 'mode'), ancestors))))
      return null
    what = `${fn}()`
    target = argument(call, spec.position, spec.name)
  } else if (isMethodCall(call)) {
    const method = memberName(call.what)
    const spec = method === null ? undefined : FILE_WRITES.get(method.toLowerCase())
    if (!spec || method === null) return null
    const receiver = call.what.what
    if (call.what.kind === 'staticlookup') {
      if (resolver.facadeName(receiver) !== 'File') return null
      what = `File::${method}()`
    } else {
      if (!isFilesystemInstance(receiver, resolver, ancestors)) return null
      const text = sourceText(file.text, receiver) ?? '$files'
      // `(new Filesystem)->put()`: the node's text leaves the parentheses out.
      what = `${isKind(receiver, 'new') ? `(${text})` : text}->${method}()`
    }
    target = argument(call, spec.position, spec.name)
  } else {
    return null
  }
  const origin = localPathOrigin(target, resolver, ancestors)
  if (origin === null || target === null) return null
  const span = callSpan(call)
  const pathText = snippet(file.text, target)
  return {
    path: file.path,
    span,
    message:
      `${what} writes to ${pathText}, ${PLACE[origin.kind]}: the file exists only on the server that ran this ` +
      'code; other servers do not see it, and it is lost with this server. Write it through a shared disk ' +
      "(Storage::disk('s3')->put(...)); a scratch file used within one request or job belongs in " +
      'sys_get_temp_dir(). If a shared volume is mounted there on every server, suppress this finding with the reason.',
    evidence: originEvidence(file, span, origin),
    fingerprintKey: `write:${what}:${pathText}`
  }
}

/**
 * An Illuminate\Filesystem\Filesystem: created in place (`(new Filesystem)->put(…)`), or in a variable,
 * injected (`Filesystem $files`) or assigned `new Filesystem`.
 */
function isFilesystemInstance(receiver: PhpNode, resolver: NameResolver, ancestors: PhpNode[]): boolean {
  if (isKind(receiver, 'new')) return sameName(resolver.resolveClass(receiver.what), FQN.filesystem)
  if (!isKind(receiver, 'variable')) return false
  if (variableHasType(receiver, ancestors, resolver, FQN.filesystem)) return true
  const value = traceValue(receiver, ancestors)
  return isKind(value, 'new') && sameName(resolver.resolveClass(value.what), FQN.filesystem)
}

/** How a local path origin reads in a message. */
export const PLACE: Record<LocalPathOrigin['kind'], string> = {
  storage_path: "a path in the app's storage/ directory",
  public_path: "a path in the app's public/ directory",
  base_path: "a path inside the app's own directory",
  'storage-literal': "a path in the app's storage/ directory"
}

/** fopen modes that create or change a file: w, a, x, c and any `+` (r+ included). */
export function isWriteMode(mode: string | null): boolean {
  return mode !== null && /[waxc+]/.test(mode)
}

/** Evidence for a path that came through a variable: where the local part was written. */
export function originEvidence(file: SourceFile, span: Span, origin: LocalPathOrigin): Evidence[] {
  const at = spanOf(origin.node)
  if (at.line === span.line) return []
  return [
    { path: file.path, line: at.line, note: `the path starts with ${snippet(file.text, origin.node)} here` }
  ]
}

// ---------------------------------------------------------------------------------------------
// Disk resolution through the project model (shared with upload-to-local-disk)
// ---------------------------------------------------------------------------------------------

/** What a disk argument names. */
export type DiskChoice =
  | { kind: 'default'; node: PhpNode | null }
  | { kind: 'named'; name: string; node: PhpNode }
  | { kind: 'dynamic'; node: PhpNode }

/**
 * The disk an argument selects: absent, `null`, `''` or `config('filesystems.default')` is the default
 * disk; a literal (also through variables) names one; anything else (a parameter, another config()
 * key, an enum case, a method call) is dynamic.
 */
export function diskChoice(
  expr: PhpNode | null,
  resolver: NameResolver,
  ancestors: readonly PhpNode[]
): DiskChoice {
  if (expr === null) return { kind: 'default', node: null }
  const value = traceValue(expr, ancestors)
  if (value === null) return { kind: 'dynamic', node: expr }
  if (isNullLiteral(value)) return { kind: 'default', node: expr }
  const name = stringValue(value)
  if (name !== null)
    return name === '' ? { kind: 'default', node: expr } : { kind: 'named', name, node: expr }
  if (isConfigRead(value, resolver, 'filesystems.default')) return { kind: 'default', node: expr }
  return { kind: 'dynamic', node: expr }
}

/**
 * `config('<key>')` with the key alone (no fallback). `config('filesystems.default')`,
 * `config('cache.default')` and `config('logging.default')` pick the default disk, store or
 * channel, as surely as passing no name does.
 */
export function isConfigRead(value: PhpNode | null, resolver: NameResolver, key: string): boolean {
  return (
    isKind(value, 'call') &&
    resolver.isGlobalFunctionCall(value, 'config') &&
    value.arguments.length === 1 &&
    stringValue(value.arguments[0]) === key
  )
}

export type DiskJudgement =
  | {
      kind: 'local'
      disk: FilesystemDisk
      verdict: LocalVerdict
      isDefault: boolean
      decision: Decision
      /** "the default disk 'local' (chosen by FILESYSTEM_DISK in .env line 5; driver local, root …)". */
      description: string
      /** The example-only note, '' when the real env files decide. */
      note: string
      /** Every value the verdict rests on (name, driver, root). */
      values: ResolvedValue[]
    }
  | { kind: 'shared' }
  | { kind: 'unresolved'; why: string; evidence: Evidence[] }

/**
 * Looks the chosen disk up in the project model. Without a project (a file outside every detected
 * app) nothing can be resolved, so the caller reports a notice rather than guessing from the name.
 */
export function judgeDisk(project: LaravelProject | null, choice: DiskChoice, text: string): DiskJudgement {
  if (choice.kind === 'dynamic') {
    return {
      kind: 'unresolved',
      why: `the disk is given as ${snippet(text, choice.node)}, which is not a literal disk name`,
      evidence: []
    }
  }
  const label = choice.kind === 'default' ? 'the default disk' : `the disk '${choice.name}'`
  if (project === null) {
    return {
      kind: 'unresolved',
      why: `this file is outside every Laravel app found, so ${label} is unknown`,
      evidence: []
    }
  }
  const disk = choice.kind === 'default' ? project.defaultDisk() : project.disk(choice.name)
  if (disk === null) {
    return {
      kind: 'unresolved',
      why: `no disk named '${choice.kind === 'named' ? choice.name : '?'}' is defined in the app's filesystems config`,
      evidence: []
    }
  }
  const name = disk.name.value
  if (name === null) {
    return {
      kind: 'unresolved',
      why: `${label} could not be resolved (${decide(project, disk.name).where})`,
      evidence: disk.name.evidence
    }
  }
  if (disk.driver.value === null) {
    return {
      kind: 'unresolved',
      why: `the driver of the disk '${name}' could not be resolved (${decide(project, disk.driver).where})`,
      evidence: [...disk.name.evidence, ...disk.driver.evidence]
    }
  }
  const verdict = localDiskVerdict(disk)
  if (verdict === null) return { kind: 'shared' }
  const isDefault = choice.kind === 'default'
  const values = disk.root ? [...verdict.values, disk.root] : verdict.values
  const decision = decide(project, isDefault ? disk.name : disk.driver)
  // Values from env files are never echoed, only the key and line that set them.
  const root =
    disk.root && disk.root.value !== null && disk.root.envFile === null ? `, root ${disk.root.value}` : ''
  const description = isDefault
    ? `the default disk '${name}' (chosen by ${decision.where}; driver local${root})`
    : `the disk '${name}' (driver local ${placeOf(decision)}${root})`
  return {
    kind: 'local',
    disk,
    verdict,
    isDefault,
    decision,
    description,
    note: exampleOnlyNote(project, decision, values),
    values
  }
}

/** The evidence chain of a local disk verdict, for a report anchored at `span` in `path`. */
export function localDiskEvidence(
  path: string,
  span: Span,
  judgement: Extract<DiskJudgement, { kind: 'local' }>
): Evidence[] {
  return evidenceFor({ path, ...span }, judgement.values)
}

/**
 * How a deciding line reads after a driver name: "chosen by UPLOADS_DRIVER in .env line 7",
 * "at config/filesystems.php line 40", "(the Laravel 12 default (composer.lock line 20))".
 */
export function placeOf(decision: Decision): string {
  if (decision.envFile !== null) return `chosen by ${decision.where}`
  return decision.where.startsWith('the ') ? `from ${decision.where}` : `at ${decision.where}`
}

/** A line-independent name for a disk choice, for fingerprint keys. */
export function choiceKey(choice: DiskChoice, text: string): string {
  if (choice.kind === 'default') return 'default'
  if (choice.kind === 'named') return choice.name
  return snippet(text, choice.node)
}

/** A node's source text on one line, shortened for messages and fingerprint keys. */
export function snippet(text: string, node: PhpNode | null): string {
  if (node === null) return ''
  const raw = normaliseSnippet(sourceText(text, node) ?? '')
  return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw
}
