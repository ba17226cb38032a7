// Log channels made or picked in code that write a log file on the server: `Log::build()` with a
// single/daily/monthly driver (or a monolog StreamHandler/RotatingFileHandler) on a file path,
// `Log::channel('daily')` / `Log::stack([...])` naming a channel that resolves to a file, and
// `new StreamHandler(storage_path(…))` / `new RotatingFileHandler(…)`. A php:// stream, /dev/stderr
// or a temp path is not a log file kept on the server.
import type { Evidence, RuleReport, Span } from '../engine/types.js'
import type { LaravelProject, LogTarget, ResolvedValue } from '../laravel/types.js'
import {
  argument,
  arrayHasSpread,
  arrayValue,
  callSpan,
  classReference,
  FQN,
  isKind,
  isMethodCall,
  isNullLiteral,
  localPathOrigin,
  memberName,
  NameResolver,
  sameName,
  stringValue,
  tempPathOrigin,
  traceValue,
  walk,
  type CallNode,
  type NewNode,
  type PhpNode
} from '../php/ast.js'
import type { SourceFile } from '../php/source.js'
import {
  decide,
  evidenceFor,
  exampleOnlyNote,
  isFileLogDriver,
  isFileLogHandler,
  isStreamPath,
  localLogTargetVerdict,
  normaliseDriver
} from './local-drivers.js'
import { isConfigRead, originEvidence, PLACE, placeOf, snippet } from './storage-local-write.js'
import {
  allOf,
  anyOf,
  call,
  CONTAINER_CALL,
  exactWord,
  methodOnClassOrCall,
  methods,
  pattern,
  word
} from './triggers.js'
import type { CodeContext, CodeRule } from './types.js'

const ID = 'log-local-file-in-code'

/** The LogManager methods logManagerCall() looks at: they build or pick a channel. */
const CHANNEL_METHODS = ['build', 'channel', 'driver', 'stack']

const CONSEQUENCE =
  'each server writes its own file, so logs are split across servers and lost when a server is replaced. ' +
  'Log to php://stderr (the stderr channel) or a central log service instead; if an agent ships these files, ' +
  'suppress this finding with the reason.'

export const logLocalFileInCode: CodeRule = {
  meta: {
    id: ID,
    level: 'code',
    defaultSeverity: 'notice',
    summary:
      "Builds or picks a log channel in code that writes a log file on the server (Log::build() with 'single'/" +
      "'daily', Log::channel('daily'), new StreamHandler(storage_path(…))).",
    help:
      'A log file written on the server is only on that server: logs are split across servers and lost with a ' +
      'replaced server or container. Send logs to php://stderr (collected by the platform) or a central ' +
      "service, e.g. Log::build(['driver' => 'monolog', 'handler' => StreamHandler::class, 'with' => " +
      "['stream' => 'php://stderr']]). If a log shipper tails the files, suppress the finding with that reason."
  },
  // A channel method called on the Log facade (facadeName() matches `Log` as written), logger() or
  // app('log') (isLogManager: a class name or a call, never a variable); or Monolog's file handlers.
  triggers: anyOf(
    allOf(
      methods(...CHANNEL_METHODS),
      methodOnClassOrCall(...CHANNEL_METHODS),
      anyOf(pattern(exactWord('Log')), call('logger'), CONTAINER_CALL)
    ),
    word('StreamHandler', 'RotatingFileHandler')
  ),
  // A handler class may be imported under another name: any `new` can construct it.
  anchors: anyOf(methods(...CHANNEL_METHODS), word('new')),
  check(file, context) {
    const reports: RuleReport[] = []
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    walk(program, (node, walkContext) => {
      const ancestors = [...walkContext.ancestors, node]
      let report: RuleReport | null = null
      if (isKind(node, 'call')) report = logManagerCall(file, context, resolver, node, ancestors)
      else if (isKind(node, 'new')) report = fileHandler(file, resolver, node, ancestors)
      if (report) reports.push(report)
    })
    return reports
  }
}

/** The Log facade, `logger()` or `app('log')` / `resolve('log')`. */
function isLogManager(receiver: PhpNode, isStatic: boolean, resolver: NameResolver): boolean {
  if (isStatic) return resolver.facadeName(receiver) === 'Log'
  if (!isKind(receiver, 'call')) return false
  if (resolver.isGlobalFunctionCall(receiver, 'logger')) return receiver.arguments.length === 0
  return (
    resolver.isGlobalFunctionCall(receiver, ['app', 'resolve']) &&
    receiver.arguments.length === 1 &&
    stringValue(receiver.arguments[0]) === 'log'
  )
}

function logManagerCall(
  file: SourceFile,
  context: CodeContext,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  if (!isMethodCall(call)) return null
  const method = (memberName(call.what) ?? '').toLowerCase()
  if (method !== 'build' && method !== 'channel' && method !== 'driver' && method !== 'stack') return null
  if (!isLogManager(call.what.what, call.what.kind === 'staticlookup', resolver)) return null
  if (method === 'build') return logBuild(file, resolver, call, ancestors)
  if (method === 'stack') {
    const channels = traceValue(argument(call, 0, 'channels'), ancestors)
    if (!isKind(channels, 'array')) {
      return unresolvedReport(
        file,
        call,
        'log:stack:?',
        `the channels are given as ${snippet(file.text, argument(call, 0, 'channels'))}`
      )
    }
    const names: Array<string | PhpNode> = []
    for (const item of channels.items) {
      const value = isKind(item, 'entry') ? item.value : item
      const traced = traceValue(value, ancestors)
      // config('logging.default') in a stack is the default channel: log-channel-local's finding.
      if (isConfigRead(traced, resolver, 'logging.default')) continue
      names.push(stringValue(traced) ?? value)
    }
    return namedChannels(
      file,
      context,
      call,
      names,
      `log:stack:${names.map((n) => (typeof n === 'string' ? n : snippet(file.text, n))).join(',')}`
    )
  }
  const arg = argument(call, 0, method === 'channel' ? 'channel' : 'driver')
  if (arg === null) return null // the default channel: log-channel-local's finding
  const value = traceValue(arg, ancestors)
  // null and config('logging.default') are the default channel too.
  if (isNullLiteral(value) || isConfigRead(value, resolver, 'logging.default')) return null
  const name = value === null ? null : stringValue(value)
  return namedChannels(file, context, call, [name ?? arg], `log:channel:${name ?? snippet(file.text, arg)}`)
}

// ---------------------------------------------------------------------------------------------
// Log::channel('daily'), Log::stack(['single', 'slack'])
// ---------------------------------------------------------------------------------------------

/** Resolves channel names through the project model; one report for the call. */
function namedChannels(
  file: SourceFile,
  context: CodeContext,
  call: CallNode,
  names: Array<string | PhpNode>,
  key: string
): RuleReport | null {
  const project = context.project
  const local: Array<{ name: string; target: LogTarget; values: ResolvedValue[] }> = []
  const unresolved: string[] = []
  const unresolvedEvidence: Evidence[] = []
  for (const entry of names) {
    if (typeof entry !== 'string') {
      unresolved.push(
        `the channel is given as ${snippet(file.text, entry)}, which is not a literal channel name`
      )
      continue
    }
    if (project === null) {
      unresolved.push(`this file is outside every Laravel app found, so the channel '${entry}' is unknown`)
      continue
    }
    const targets = project.logChannel(entry)
    if (targets === null) {
      unresolved.push(`no log channel named '${entry}' is defined in the app's logging config`)
      continue
    }
    for (const target of targets) {
      const verdict = localLogTargetVerdict(target)
      if (verdict) {
        local.push({ name: entry, target, values: verdict.values })
      } else if (writesUnknownFile(target)) {
        const leaf = target.via[target.via.length - 1] ?? entry
        unresolved.push(
          `the path of the channel '${leaf}' could not be resolved (${decide(project, target.path as ResolvedValue).where})`
        )
        unresolvedEvidence.push(...(target.path as ResolvedValue).evidence)
      }
    }
  }
  const what = snippet(file.text, call)
  const span = callSpan(call)
  if (local.length > 0 && project !== null) {
    const values = local.flatMap((l) => l.values)
    const parts = local.map(({ name, target }) => describeTarget(project, name, target))
    const decision = decide(project, local[0].target.driver)
    return {
      path: file.path,
      span,
      message: `${what} logs to ${parts.join('; and ')}${exampleOnlyNote(project, decision, values)}: ${CONSEQUENCE}`,
      evidence: evidenceFor({ path: file.path, ...span }, values),
      fingerprintKey: key
    }
  }
  if (unresolved.length > 0) {
    return {
      path: file.path,
      span,
      message:
        `${what} picks a log channel that could not be resolved: ${unresolved.join('; ')}. If it writes a log ` +
        `file on the server, ${CONSEQUENCE}`,
      evidence: unresolvedEvidence,
      fingerprintKey: key
    }
  }
  return null
}

/** A file driver or file handler whose path the model could not resolve. */
function writesUnknownFile(target: LogTarget): boolean {
  const driver = normaliseDriver(target.driver.value)
  const file = isFileLogDriver(driver) || (driver === 'monolog' && isFileLogHandler(target.handler?.value))
  return file && target.path !== null && target.path.value === null
}

/** "the channel 'daily' (driver daily at config/logging.php line 69, file storage_path('logs/laravel.log'))". */
function describeTarget(project: LaravelProject, name: string, target: LogTarget): string {
  const leaf = target.via[target.via.length - 1] ?? name
  const route = target.via.length > 1 ? ` (through ${target.via.map((c) => `'${c}'`).join(' → ')})` : ''
  const driver = normaliseDriver(target.driver.value) ?? '?'
  const how = driver === 'monolog' ? `monolog ${target.handler?.value ?? 'handler'}` : `driver ${driver}`
  // Values from env files are never echoed, only the key and line that set them.
  const path =
    target.path && target.path.value !== null && target.path.envFile === null
      ? `, file ${target.path.value}`
      : ''
  return `the channel '${leaf}'${route} (${how} ${placeOf(decide(project, target.driver))}${path})`
}

// ---------------------------------------------------------------------------------------------
// Log::build([...]) and new StreamHandler(...)
// ---------------------------------------------------------------------------------------------

function logBuild(
  file: SourceFile,
  resolver: NameResolver,
  call: CallNode,
  ancestors: PhpNode[]
): RuleReport | null {
  const arg = argument(call, 0, 'config')
  const config = traceValue(arg, ancestors)
  if (!isKind(config, 'array')) {
    return unresolvedReport(
      file,
      call,
      'log:build:?',
      `the channel configuration is given as ${snippet(file.text, arg ?? call)}`
    )
  }
  const driverNode = arrayValue(config, 'driver')
  const driver = normaliseDriver(stringValue(traceValue(driverNode, ancestors)))
  if (driver === null) {
    if (driverNode === null && !arrayHasSpread(config)) return null // Laravel rejects a channel without a driver
    return unresolvedReport(
      file,
      call,
      'log:build:?',
      `its driver is ${snippet(file.text, driverNode ?? config)}`
    )
  }
  let path: PhpNode | null
  let how: string
  if (isFileLogDriver(driver)) {
    path = arrayValue(config, 'path')
    how = `a '${driver}' channel`
  } else if (driver === 'monolog') {
    const handlerNode = arrayValue(config, 'handler')
    const handler = classReference(traceValue(handlerNode, ancestors), resolver)
    if (handler === null) {
      if (handlerNode === null) return null
      return unresolvedReport(
        file,
        call,
        'log:build:monolog:?',
        `its handler is ${snippet(file.text, handlerNode)}`
      )
    }
    if (!isFileLogHandler(handler)) return null
    const param =
      sameName(handler, FQN.rotatingFileHandler) || /RotatingFileHandler$/i.test(handler)
        ? 'filename'
        : 'stream'
    path =
      arrayValue(traceValue(arrayValue(config, 'handler_with'), ancestors), param) ??
      arrayValue(traceValue(arrayValue(config, 'with'), ancestors), param)
    how = `a monolog ${handler.slice(handler.lastIndexOf('\\') + 1)} channel`
  } else {
    return null
  }
  if (path === null) return null // the handler cannot be built without a path; nothing is written
  return pathReport(
    file,
    resolver,
    call,
    ancestors,
    path,
    `Log::build() creates ${how} that writes`,
    `log:build:${driver}`
  )
}

/** `new StreamHandler($stream)` / `new RotatingFileHandler($filename)` from Monolog. */
function fileHandler(
  file: SourceFile,
  resolver: NameResolver,
  node: NewNode,
  ancestors: PhpNode[]
): RuleReport | null {
  const cls = resolver.resolveClass(node.what)
  let path: PhpNode | null
  let short: string
  if (sameName(cls, FQN.streamHandler)) {
    path = argument(node, 0, 'stream')
    short = 'StreamHandler'
  } else if (sameName(cls, FQN.rotatingFileHandler)) {
    path = argument(node, 0, 'filename')
    short = 'RotatingFileHandler'
  } else {
    return null
  }
  if (path === null) return null
  return pathReport(file, resolver, node, ancestors, path, `new ${short}() writes`, `log:handler:${short}`)
}

/** Judges a log path: a stream or temp path is fine, a file path fires, anything else is unresolved. */
function pathReport(
  file: SourceFile,
  resolver: NameResolver,
  node: CallNode | NewNode,
  ancestors: PhpNode[],
  path: PhpNode,
  lead: string,
  keyPrefix: string
): RuleReport | null {
  const value = traceValue(path, ancestors)
  const text = stringValue(value)
  if (text !== null && isStreamPath(text)) return null
  // StreamHandler also takes a resource: fopen('php://stderr', 'w').
  if (isKind(value, 'call') && resolver.isGlobalFunctionCall(value, 'fopen')) {
    const opened = stringValue(traceValue(argument(value, 0, 'filename'), ancestors))
    if (opened !== null && isStreamPath(opened)) return null
  }
  if (tempPathOrigin(path, resolver, ancestors) !== null) return null
  const pathText = snippet(file.text, path)
  const key = `${keyPrefix}:${pathText}`
  const origin = localPathOrigin(path, resolver, ancestors)
  if (origin === null && text === null) {
    return unresolvedReport(
      file,
      node,
      key,
      `its path is ${pathText}, which could not be resolved to a file or a stream`
    )
  }
  const span = callSpan(node)
  const place = origin ? `, ${PLACE[origin.kind]}` : ''
  return {
    path: file.path,
    span,
    message: `${lead} the log file ${pathText}${place}: ${CONSEQUENCE}`,
    evidence: origin ? originEvidence(file, span, origin) : [],
    fingerprintKey: key
  }
}

function unresolvedReport(file: SourceFile, node: PhpNode, key: string, why: string): RuleReport {
  const span: Span = callSpan(node)
  return {
    path: file.path,
    span,
    message:
      `${snippet(file.text, node)} sets up logging that could not be resolved: ${why}. If it writes a log file ` +
      `on the server, ${CONSEQUENCE}`,
    evidence: [],
    fingerprintKey: key
  }
}
