// Uploaded files kept on the server that handled the request: `->store()` / `storeAs()` /
// `storePublicly()` / `storePubliclyAs()` on an uploaded file whose disk resolves to the local
// driver (explicit, or the default disk), `->move(public_path(…) | storage_path(…))` on an uploaded
// file, and `move_uploaded_file()`. Another server answers 404 for such a file.
//
// Which receivers are uploads (a syntactic heuristic; a type is never guessed from a name):
//   - `$request->file(…)`, `$request->allFiles()`, `$request->avatar` (magic input) and `request('x')`,
//     where the request is `request()`, the Request facade, or a variable / `$this->prop` whose declared
//     type is Illuminate\Http\Request, Symfony's Request, or a class named `*Request` (form requests);
//   - a variable or property declared as UploadedFile (Laravel's, Symfony's, Livewire's temporary one);
//   - a variable assigned one of these, a foreach element of one, an element `[$i]` of one;
//   - `$this->photo` in a class that uses Livewire's WithFileUploads, unless the property is declared
//     with a non-upload type.
// Anything else that is recognisable (`$this`, a typed repository, a call result) is not an upload,
// so `$repo->store($data)` and `$this->store()` never fire. An untyped parameter stays unknown: store()
// on it is silent (too many repositories have a store()), move() into a local directory is a notice.
import type { RuleReport } from '../engine/types.js'
import {
  argument,
  arrayHasSpread,
  arrayValue,
  callSpan,
  enclosingClassTraits,
  foreachSource,
  FQN,
  isKind,
  isMemberLookup,
  isMethodCall,
  isNullLiteral,
  isUrlLike,
  localPathOrigin,
  memberName,
  NameResolver,
  sameName,
  stringValue,
  tempPathOrigin,
  thisPropertyDeclaration,
  traceValue,
  variableDeclaration,
  variableName,
  collectOnCalls,
  type CallNode,
  type PhpNode
} from '../php/ast.js'
import type { SourceFile } from '../php/source.js'
import {
  diskChoice,
  judgeDisk,
  localDiskEvidence,
  originEvidence,
  PLACE,
  snippet,
  type DiskChoice
} from './storage-local-write.js'
import { allOf, anyOf, ci, LOCAL_PLACE, methods, pattern, word } from './triggers.js'
import type { CodeContext, CodeRule } from './types.js'

const ID = 'upload-to-local-disk'

/** UploadedFile store methods; `named` ones take a file name before the options. */
const STORE_METHODS: ReadonlyMap<string, { named: boolean }> = new Map([
  ['store', { named: false }],
  ['storepublicly', { named: false }],
  ['storeas', { named: true }],
  ['storepubliclyas', { named: true }]
])

const UPLOAD_CLASSES = [
  FQN.uploadedFile,
  FQN.symfonyUploadedFile,
  'Livewire\\Features\\SupportFileUploads\\TemporaryUploadedFile',
  'Livewire\\TemporaryUploadedFile'
]

export const uploadToLocalDisk: CodeRule = {
  meta: {
    id: ID,
    level: 'code',
    defaultSeverity: 'error',
    summary:
      "Stores an uploaded file on the server's own disk: store()/storeAs()/storePublicly() on a local-driver " +
      'disk (or the default disk when it is local), ->move(public_path()|storage_path()), move_uploaded_file().',
    help:
      'An upload stored on a disk with the local driver, or moved into public/ or storage/, exists only on the ' +
      'server that handled the request. Behind a load balancer the other servers answer 404 for it, and it is ' +
      "lost when that server is replaced. Store uploads on a shared disk: ->store('avatars', 's3'), or set " +
      'FILESYSTEM_DISK=s3 for the default disk. If a shared volume is mounted on storage/ (or public/) on every ' +
      'server, suppress the finding with that reason.'
  },
  // store()/storeAs()/… where something is an upload (a request, an UploadedFile, Livewire's
  // WithFileUploads); move() into a local path; move_uploaded_file().
  triggers: anyOf(
    allOf(methods(...STORE_METHODS.keys()), pattern(ci('request'), ci('upload'))),
    allOf(methods('move'), LOCAL_PLACE),
    word('move_uploaded_file')
  ),
  anchors: anyOf(methods(...STORE_METHODS.keys(), 'move'), word('move_uploaded_file')),
  check(file, context) {
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    return collectOnCalls(
      program,
      (call, ancestors) =>
        storeCall(file, context, resolver, call, ancestors) ??
        moveCall(file, resolver, call, ancestors) ??
        moveUploadedFile(file, resolver, call, ancestors)
    )
  }
}

// ---------------------------------------------------------------------------------------------
// ->store() and friends
// ---------------------------------------------------------------------------------------------

function storeCall(
  file: SourceFile,
  context: CodeContext,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  if (!isMethodCall(call) || !isUploadStore(call, resolver, ancestors)) return null
  const method = memberName(call.what)
  const spec = method === null ? undefined : STORE_METHODS.get(method.toLowerCase())
  if (!spec || method === null) return null

  // With a spread (`->store(...$args)`) the options could be anywhere.
  const spread = call.arguments.find((arg) => isKind(arg, 'variadic'))
  const { choice, ignored } = spread
    ? { choice: { kind: 'dynamic', node: spread } as DiskChoice, ignored: null }
    : uploadDisk(call, spec.named, context, resolver, ancestors)
  const pathArg = argument(call, 0, 'path')
  const key = `upload:${method.toLowerCase()}:${stringValue(pathArg) ?? snippet(file.text, pathArg)}`
  const span = callSpan(call)
  const judgement = judgeDisk(context.project, choice, file.text)
  if (judgement.kind === 'shared') return null
  if (judgement.kind === 'unresolved') {
    return {
      path: file.path,
      span,
      severity: 'notice',
      message:
        `Upload stored with ${method}() on a disk that could not be resolved: ${judgement.why}. If that disk has ` +
        'the local driver, the file exists only on the server that handled the request and the other servers ' +
        "return 404 for it. Pass a literal shared disk such as 's3', or suppress this finding with the reason it is safe.",
      evidence: judgement.evidence,
      fingerprintKey: key
    }
  }
  const why = ignored
    ? ` (${method}() without a file name ignores its options argument ${snippet(file.text, ignored)} and uses the default disk)`
    : ''
  const envKey = judgement.decision.envKey ?? 'FILESYSTEM_DISK'
  const fix = ignored
    ? `give ${method}() a file name so that its disk counts (->${method}($dir, $name, 's3')), or set ${envKey}=s3`
    : judgement.isDefault
      ? `pass one (->${method}(…, 's3')) or set ${envKey}=s3 for the default disk`
      : `->${method}(…, 's3'), or give the disk '${judgement.disk.name.value ?? '?'}' a shared driver`
  return {
    path: file.path,
    span,
    message:
      `Upload stored on ${judgement.description}${why}${judgement.note}: the file exists only on the server that ` +
      `handled the request; other servers return 404 for it, and it is lost with this server. Store it on a ` +
      `shared disk such as s3: ${fix}.`,
    evidence: localDiskEvidence(file.path, span, judgement),
    fingerprintKey: key
  }
}

/**
 * Whether a call is store()/storeAs()/storePublicly()/storePubliclyAs() on an uploaded file (see the
 * file comment for the receivers that count). Its path and name arguments are relative to the disk.
 */
export function isUploadStore(
  call: CallNode,
  resolver: NameResolver,
  ancestors: readonly PhpNode[]
): boolean {
  if (!isMethodCall(call) || call.what.kind === 'staticlookup') return false
  const method = memberName(call.what)
  if (method === null || !STORE_METHODS.has(method.toLowerCase())) return false
  return classify(call.what.what, resolver, ancestors) === 'upload'
}

/**
 * The disk an UploadedFile store call uses (UploadedFile::storeAs, Laravel 10+): options are a disk
 * name or `['disk' => …]`; storeAs/storePubliclyAs with a null, absent or array `$name` shift their
 * arguments (`[$path, $name, $options] = ['', $path, $name ?? []]`), so an array name is the options
 * and a third argument after a null name is ignored. Laravel 9 had no shift.
 */
function uploadDisk(
  call: CallNode,
  named: boolean,
  context: CodeContext,
  resolver: NameResolver,
  ancestors: PhpNode[]
): { choice: DiskChoice; ignored: PhpNode | null } {
  if (!named) return { choice: optionsDisk(argument(call, 1, 'options'), resolver, ancestors), ignored: null }
  const name = argument(call, 1, 'name')
  const options = argument(call, 2, 'options')
  const major = context.project?.frameworkMajor ?? null
  if (major !== null && major < 10)
    return { choice: optionsDisk(options, resolver, ancestors), ignored: null }
  const nameValue = name === null ? null : traceValue(name, ancestors)
  if (name === null || isNullLiteral(nameValue)) {
    return { choice: { kind: 'default', node: null }, ignored: options }
  }
  if (isKind(nameValue, 'array')) return { choice: optionsDisk(name, resolver, ancestors), ignored: options }
  return { choice: optionsDisk(options, resolver, ancestors), ignored: null }
}

/** `'s3'`, `['disk' => 's3', …]`, a variable holding either, or absent (the default disk). */
function optionsDisk(options: PhpNode | null, resolver: NameResolver, ancestors: PhpNode[]): DiskChoice {
  if (options === null) return { kind: 'default', node: null }
  const value = traceValue(options, ancestors)
  if (isKind(value, 'array')) {
    const disk = arrayValue(value, 'disk')
    if (disk === null)
      return arrayHasSpread(value) ? { kind: 'dynamic', node: options } : { kind: 'default', node: null }
    return diskChoice(disk, resolver, ancestors)
  }
  return diskChoice(options, resolver, ancestors)
}

// ---------------------------------------------------------------------------------------------
// ->move(public_path(…)) and move_uploaded_file()
// ---------------------------------------------------------------------------------------------

/** Symfony UploadedFile::move($directory, $name) into storage/, public/ or the app directory. */
function moveCall(
  file: SourceFile,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  if (!isMethodCall(call) || call.what.kind === 'staticlookup') return null
  if ((memberName(call.what) ?? '').toLowerCase() !== 'move') return null
  const directory = argument(call, 0, 'directory')
  const origin = localPathOrigin(directory, resolver, ancestors)
  if (origin === null || directory === null) return null
  const kind = classify(call.what.what, resolver, ancestors)
  if (kind === 'other') return null
  const span = callSpan(call)
  const target = snippet(file.text, directory)
  const receiver = snippet(file.text, call.what.what)
  const consequence =
    'the file exists only on the server that handled the request; other servers return 404 for it, and it ' +
    "is lost with this server. Store it on a shared disk instead (->store('uploads', 's3')); if a shared volume " +
    'is mounted there on every server, suppress this finding with the reason.'
  const report: RuleReport = {
    path: file.path,
    span,
    message:
      kind === 'upload'
        ? `Upload moved to ${target}, ${PLACE[origin.kind]}: ${consequence}`
        : `${receiver}->move() moves a file to ${target}, ${PLACE[origin.kind]}. ${receiver} could not be ` +
          `identified as an uploaded file (declare it as UploadedFile to make this an error); if it is one, ${consequence}`,
    evidence: originEvidence(file, span, origin),
    fingerprintKey: `upload:move:${target}`
  }
  if (kind === 'unknown') report.severity = 'notice'
  return report
}

/** move_uploaded_file($from, $to): always the server's own filesystem, unless $to is a temp or stream path. */
function moveUploadedFile(
  file: SourceFile,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  if (!resolver.isGlobalFunctionCall(call, 'move_uploaded_file')) return null
  const to = argument(call, 1, 'to')
  if (to !== null && tempPathOrigin(to, resolver, ancestors) !== null) return null
  const literal = stringValue(traceValue(to, ancestors))
  if (literal !== null && isUrlLike(literal)) return null
  const span = callSpan(call)
  const origin = localPathOrigin(to, resolver, ancestors)
  const target = to === null ? 'its destination' : snippet(file.text, to)
  return {
    path: file.path,
    span,
    message:
      `move_uploaded_file() writes the upload to ${target}${origin ? `, ${PLACE[origin.kind]}` : ''} on this ` +
      "server's own filesystem: the file exists only on the server that handled the request; other servers " +
      "return 404 for it, and it is lost with this server. Use $request->file('…')->store('dir', 's3') with a " +
      'shared disk; if a shared volume is mounted there on every server, suppress this finding with the reason.',
    evidence: origin ? originEvidence(file, span, origin) : [],
    fingerprintKey: `upload:move_uploaded_file:${target}`
  }
}

// ---------------------------------------------------------------------------------------------
// Is the receiver an uploaded file?
// ---------------------------------------------------------------------------------------------

type ReceiverKind = 'upload' | 'other' | 'unknown'

function isUploadClass(types: readonly string[]): boolean {
  return types.some((type) => UPLOAD_CLASSES.some((cls) => sameName(type, cls)))
}

function isRequestClass(types: readonly string[]): boolean {
  return types.some((type) => {
    if (sameName(type, FQN.request) || sameName(type, FQN.symfonyRequest)) return true
    // Form requests (App\Http\Requests\StoreAvatarRequest extends FormRequest extends Request).
    return /(^|\\)\w*Request$/i.test(type)
  })
}

/** Whether an expression evaluates to an uploaded file (or an array of them), see the file comment. */
function classify(
  expr: PhpNode,
  resolver: NameResolver,
  ancestors: readonly PhpNode[],
  depth = 0
): ReceiverKind {
  if (depth > 6) return 'unknown'
  const next = (node: PhpNode): ReceiverKind => classify(node, resolver, ancestors, depth + 1)

  if (isKind(expr, 'variable')) {
    if (variableName(expr) === 'this') return 'other'
    const declaration = variableDeclaration(expr, ancestors, resolver)
    if (declaration) {
      if (isUploadClass(declaration.types)) return 'upload'
      return isKind(declaration.parameter, 'parameter') && declaration.parameter.type ? 'other' : 'unknown'
    }
    const loop = foreachSource(expr, ancestors)
    if (loop) return next(loop)
    const value = traceValue(expr, ancestors)
    return value === null ? 'unknown' : next(value)
  }

  if (isKind(expr, 'call')) {
    if (isMethodCall(expr)) {
      const method = (memberName(expr.what) ?? '').toLowerCase()
      if (method !== 'file' && method !== 'allfiles') return 'other'
      if (expr.what.kind === 'staticlookup') {
        return resolver.facadeName(expr.what.what) === 'Request' ? 'upload' : 'other'
      }
      return isRequest(expr.what.what, resolver, ancestors, depth + 1) ? 'upload' : 'other'
    }
    // request('avatar') reads the input, files included.
    if (resolver.isGlobalFunctionCall(expr, 'request') && expr.arguments.length > 0) {
      return stringValue(expr.arguments[0]) !== null ? 'upload' : 'other'
    }
    return 'other'
  }

  if (isKind(expr, 'propertylookup') || isKind(expr, 'nullsafepropertylookup')) {
    if (isRequest(expr.what, resolver, ancestors, depth + 1)) return 'upload'
    if (variableName(expr.what) !== 'this') return 'unknown'
    const declaration = thisPropertyDeclaration(expr, ancestors, resolver)
    if (declaration?.typed) return isUploadClass(declaration.types) ? 'upload' : 'other'
    const livewire = enclosingClassTraits(ancestors, resolver).some((t) => /(^|\\)WithFileUploads$/i.test(t))
    return livewire ? 'upload' : 'unknown'
  }

  // An element of an array of uploads: $request->file('photos')[0].
  if (isKind(expr, 'offsetlookup')) return next(expr.what)

  if (isKind(expr, 'new')) return isUploadClass([resolver.resolveClass(expr.what) ?? '']) ? 'upload' : 'other'

  return isMemberLookup(expr) || isKind(expr, 'staticlookup') ? 'unknown' : 'other'
}

/** `request()`, or a variable / `$this->prop` declared as a Request (or assigned `request()`). */
function isRequest(
  expr: PhpNode,
  resolver: NameResolver,
  ancestors: readonly PhpNode[],
  depth: number
): boolean {
  if (depth > 6) return false
  if (isKind(expr, 'call'))
    return resolver.isGlobalFunctionCall(expr, 'request') && expr.arguments.length === 0
  if (isKind(expr, 'variable')) {
    const declaration = variableDeclaration(expr, ancestors, resolver)
    if (declaration) return isRequestClass(declaration.types)
    const value = traceValue(expr, ancestors)
    return value !== null && value !== expr && isRequest(value, resolver, ancestors, depth + 1)
  }
  if (isKind(expr, 'propertylookup') || isKind(expr, 'nullsafepropertylookup')) {
    const declaration = thisPropertyDeclaration(expr, ancestors, resolver)
    return declaration !== null && isRequestClass(declaration.types)
  }
  return false
}
