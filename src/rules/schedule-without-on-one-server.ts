// Scheduled tasks without onOneServer(): every server runs `php artisan schedule:run` from cron,
// so each due task runs once per server. onOneServer() makes the servers race for a cache lock.
//
// An event is a `command` / `job` / `call` / `exec` call on a Schedule: the Schedule facade, a
// variable whose declared type is Illuminate\Console\Scheduling\Schedule (never judged by its
// name), the untyped first parameter of a console Kernel's schedule() method or of a
// withSchedule() / group() / afterResolving(Schedule::class) closure, or app(Schedule::class) /
// ->make(Schedule::class), also through a variable assigned from it. A closure command becomes an
// event when an Event method follows it (`Artisan::command(...)->daily()`,
// `->withoutOverlapping()`). Attribute methods on the Schedule before the event
// (`Schedule::onOneServer()->command(...)`) and the attributes of enclosing `->group()` calls
// apply to the event, as in Schedule::mergePendingAttributes().
import type { RuleReport } from '../engine/types.js'
import {
  assignedValue,
  chainHas,
  flattenChain,
  FQN,
  isFunctionLike,
  isKind,
  isMemberLookup,
  isMethodCall,
  memberName,
  NameResolver,
  sameName,
  sourceText,
  spanOf,
  stringValue,
  variableDeclaration,
  variableName,
  walk,
  type CallChain,
  type CallNode,
  type FunctionLikeNode,
  type PhpNode
} from '../php/ast.js'
import { allOf, ci, exactWord, methods, patternWith } from './triggers.js'
import type { CodeRule } from './types.js'

const EVENT_METHODS = new Set(['command', 'job', 'call', 'exec'])
const CONSOLE_KERNEL = 'Illuminate\\Foundation\\Console\\Kernel'

/**
 * Methods that turn a closure command into an event (11+): ClosureCommand::schedule() and what its
 * __call() forwards to Schedule::command($name), the Event methods that configure a task
 * (ManagesFrequencies, ManagesAttributes, output and hooks). None of them is a method of
 * ClosureCommand or Console\Command, so `->purpose()`, `->describe()` never match.
 */
const SCHEDULING_METHOD = new RegExp(
  '^(?:schedule|' +
    // ManagesFrequencies
    'cron|between|unlessbetween|every\\w+|hourly|hourlyat|daily|at|dailyat|twicedaily|twicedailyat|weekdays|' +
    'weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekly|weeklyon|monthly|' +
    'monthlyon|twicemonthly|lastdayofmonth|daysofmonth|quarterly|quarterlyon|yearly|yearlyon|days|timezone|' +
    // ManagesAttributes
    'user|environments|eveninmaintenancemode|evenwhenpaused|withoutoverlapping|ononeserver|runinbackground|' +
    'when|skip|name|description|withattributes|' +
    // Event: output, hooks and mutex
    'sendoutputto|appendoutputto|emailoutputto|emailwrittenoutputto|emailoutputonfailure|pingbefore|' +
    'pingbeforeif|thenping|thenpingif|pingonsuccess|pingonsuccessif|pingonfailure|pingonfailureif|before|' +
    'after|then|thenwithoutput|onsuccess|onsuccesswithoutput|onfailure|onfailurewithoutput|' +
    'preventoverlapsusing|createmutexnameusing)$',
  'i'
)

interface ScheduledEvent {
  chain: CallChain
  /** Index of the link that creates the event (`command`, `job`, …; `command` for Artisan). */
  index: number
  method: 'command' | 'job' | 'call' | 'exec' | 'artisan'
}

export const scheduleWithoutOnOneServer: CodeRule = {
  meta: {
    id: 'schedule-without-on-one-server',
    level: 'code',
    defaultSeverity: 'warning',
    summary: 'A scheduled task lacks onOneServer(), so every server running schedule:run runs it.',
    help:
      'The scheduler runs wherever cron calls `php artisan schedule:run`. With several servers each one runs every ' +
      'due task: reports are mailed twice, invoices charged twice, jobs dispatched once per server. Add ' +
      '->onOneServer() to the task (or to the Schedule group it is in) so the servers race for an atomic lock and ' +
      'only one runs it. The lock lives in the cache, so the default cache store must be shared (redis, ' +
      "memcached, dynamodb or database). Closure tasks (call()) need ->name('…') before onOneServer(). Running " +
      'the scheduler on a single dedicated server is the alternative; then turn this rule off for the app.'
  },
  // An event method, on a receiver that spells "schedule" (the facade, the type, a Kernel's
  // schedule(), withSchedule()) or on the Artisan facade (closure commands).
  triggers: allOf(
    patternWith(['schedule', 'artisan'], ci('schedule'), exactWord('Artisan')),
    methods(...EVENT_METHODS)
  ),
  // A reported chain holds its event method (Artisan::command() too); onOneServer() too, which a
  // later statement can call on an event kept in a variable (a Blade template's other segment).
  anchors: methods(...EVENT_METHODS, 'onOneServer'),
  check(file) {
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    const reports: RuleReport[] = []
    walk(program, (node, context) => {
      if (!isMethodCall(node)) return
      // Only whole chains: an inner call is the receiver of a longer chain around it.
      if (isMemberLookup(context.parent) && context.parent.what === node) return
      const chain = flattenChain(node)
      if (!chain) return
      const ancestors = [...context.ancestors, node]
      const event = scheduledEvent(chain, ancestors, resolver)
      if (!event) return
      const own =
        event.method === 'artisan'
          ? chainHas(chain, 'onOneServer', event.index + 1)
          : chainHas(chain, 'onOneServer')
      if (own) return
      const groups = enclosingGroups(context.ancestors, resolver)
      if (groups.some((group) => chainHas(group, 'onOneServer'))) return
      if (laterOnOneServer(chain.outer, context.ancestors)) return
      reports.push(reportFor(file.path, file.text, event, groups.length > 0))
    })
    return reports
  }
}

function scheduledEvent(
  chain: CallChain,
  ancestors: readonly PhpNode[],
  resolver: NameResolver
): ScheduledEvent | null {
  const index = chain.links.findIndex(
    (link) => link.name !== null && EVENT_METHODS.has(link.name.toLowerCase())
  )
  if (
    index !== -1 &&
    (isScheduleReceiver(chain.root, ancestors, resolver) ||
      chain.links.slice(0, index).some((link) => resolvesSchedule(link.call, resolver)))
  ) {
    // Links before the event may only be Schedule attribute methods (PendingEventAttributes).
    const method = (chain.links[index].name ?? '').toLowerCase() as ScheduledEvent['method']
    return { chain, index, method }
  }
  const [first] = chain.links
  if (
    first?.isStatic &&
    first.name?.toLowerCase() === 'command' &&
    resolver.facadeName(chain.root) === 'Artisan' &&
    chain.links.slice(1).some((link) => link.name !== null && SCHEDULING_METHOD.test(link.name))
  ) {
    return { chain, index: 0, method: 'artisan' }
  }
  return null
}

/** Is this chain root a Illuminate\Console\Scheduling\Schedule (or its facade)? */
function isScheduleReceiver(root: PhpNode, ancestors: readonly PhpNode[], resolver: NameResolver): boolean {
  if (isKind(root, 'name')) return sameName(resolver.resolveLaravelClass(root), FQN.scheduleFacade)
  if (isKind(root, 'variable')) {
    const declaration = variableDeclaration(root, ancestors, resolver)
    if (!declaration) {
      // $schedule = app(Schedule::class); $schedule = $this->app->make(Schedule::class);
      const value = assignedValue(root, ancestors)
      return isKind(value, 'call') && resolvesSchedule(value, resolver)
    }
    if (declaration.types.some((type) => sameName(type, FQN.schedule))) return true
    const untyped = (declaration.parameter as PhpNode & { type: PhpNode | null }).type === null
    return (
      untyped &&
      declaration.owner.arguments[0] === declaration.parameter &&
      isScheduleCallback(declaration.owner, ancestors, resolver)
    )
  }
  return isKind(root, 'call') && resolvesSchedule(root, resolver)
}

/**
 * A container call that returns the Schedule: `app(Schedule::class)`, `resolve(Schedule::class)`,
 * `->make(Schedule::class)` / `makeWith` on the container or the App facade.
 */
function resolvesSchedule(call: CallNode, resolver: NameResolver): boolean {
  const resolving =
    resolver.isGlobalFunctionCall(call, ['app', 'resolve']) ||
    (isMethodCall(call) && ['make', 'makewith'].includes(memberName(call.what)?.toLowerCase() ?? ''))
  return resolving && isScheduleClass(call.arguments[0], resolver)
}

/** `Schedule::class` for Illuminate\Console\Scheduling\Schedule (through imports and aliases). */
function isScheduleClass(node: PhpNode | undefined, resolver: NameResolver): boolean {
  return (
    isKind(node, 'staticlookup') &&
    memberName(node)?.toLowerCase() === 'class' &&
    sameName(resolver.resolveLaravelClass(node.what), FQN.schedule)
  )
}

/**
 * Functions whose first parameter Laravel fills with the Schedule even without a type: a console
 * Kernel's `schedule()` method, the closure given to `->withSchedule()`, to a Schedule's
 * `->group()` (Schedule::group() calls `$events($this)`), and to the container's
 * `afterResolving` / `callAfterResolving` / `resolving` for `Schedule::class`.
 */
function isScheduleCallback(
  owner: FunctionLikeNode,
  ancestors: readonly PhpNode[],
  resolver: NameResolver
): boolean {
  const at = ancestors.indexOf(owner)
  if (at <= 0) return false
  if (owner.kind === 'method') {
    const name = typeof owner.name === 'string' ? owner.name : owner.name?.name
    const cls = ancestors[at - 1]
    if (name?.toLowerCase() !== 'schedule' || !isKind(cls, 'class')) return false
    const parent = Array.isArray(cls.extends) ? cls.extends[0] : cls.extends
    return sameName(resolver.resolveClass(parent ?? null), CONSOLE_KERNEL)
  }
  const call = argumentOwner(ancestors, at)
  if (call === null || !isMethodCall(call)) return false
  const method = memberName(call.what)?.toLowerCase()
  if (method === 'withschedule') return true
  if (method === 'group') {
    const chain = flattenChain(call)
    const callIndex = ancestors.indexOf(call)
    return chain !== null && isScheduleReceiver(chain.root, ancestors.slice(0, callIndex + 1), resolver)
  }
  return (
    ['afterresolving', 'callafterresolving', 'resolving'].includes(method ?? '') &&
    call.arguments[1] === owner &&
    isScheduleClass(call.arguments[0], resolver)
  )
}

/** The call that takes ancestors[at] as an argument (directly or as a named argument), else null. */
function argumentOwner(ancestors: readonly PhpNode[], at: number): CallNode | null {
  let child = ancestors[at]
  let parentIndex = at - 1
  if (isKind(ancestors[parentIndex], 'namedargument')) {
    child = ancestors[parentIndex]
    parentIndex--
  }
  const parent = ancestors[parentIndex]
  return isKind(parent, 'call') && parent.arguments.includes(child) ? parent : null
}

/** The `->group(fn () => …)` chains on a Schedule whose closures enclose the event, innermost first. */
function enclosingGroups(ancestors: readonly PhpNode[], resolver: NameResolver): CallChain[] {
  const groups: CallChain[] = []
  for (let i = ancestors.length - 1; i > 0; i--) {
    const fn = ancestors[i]
    if (!isKind(fn, 'closure') && !isKind(fn, 'arrowfunc')) continue
    const call = argumentOwner(ancestors, i)
    if (!call || !isMethodCall(call) || memberName(call.what)?.toLowerCase() !== 'group') continue
    const chain = flattenChain(call)
    const callIndex = ancestors.indexOf(call)
    if (chain && isScheduleReceiver(chain.root, [...ancestors.slice(0, callIndex), call], resolver))
      groups.push(chain)
  }
  return groups
}

/**
 * `$event = $schedule->command('x')->daily();` followed by `$event->onOneServer();` in the same
 * function: the chain continues through the variable.
 */
function laterOnOneServer(outer: CallNode, ancestors: readonly PhpNode[]): boolean {
  const assign = ancestors[ancestors.length - 1]
  if (!isKind(assign, 'assign') || assign.right !== outer) return false
  const name = variableName(assign.left)
  if (name === null) return false
  let scope: PhpNode = ancestors[0]
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]
    if (isFunctionLike(node)) {
      scope = node.body ?? node
      break
    }
  }
  const after = assign.loc?.end.offset ?? 0
  let found = false
  walk(scope, (node) => {
    if (found) return 'skip'
    if (node !== scope && isFunctionLike(node)) return 'skip'
    if (!isMethodCall(node) || (node.loc?.start.offset ?? 0) < after) return
    const chain = flattenChain(node)
    if (chain && variableName(chain.root) === name && chainHas(chain, 'onOneServer')) found = true
  })
  return found
}

function reportFor(path: string, text: string, event: ScheduledEvent, inGroup: boolean): RuleReport {
  const { chain, method } = event
  const span = spanOf(chain.outer)
  const link = chain.links[event.index]
  const arg = link.args[0]
  const id = identify(text, method, arg, chain)
  const what =
    method === 'command'
      ? `Scheduled command '${id}'`
      : method === 'artisan'
        ? `Scheduled closure command '${id}'`
        : method === 'job'
          ? `Scheduled job ${id}`
          : method === 'exec'
            ? `Scheduled shell command '${id}'`
            : `Scheduled closure${id === 'closure' ? '' : ` '${id}'`}`
  const group = inGroup ? ' (the Schedule group around it does not set onOneServer() either)' : ''
  const unnamedCall = method === 'call' && !chainHas(chain, ['name', 'description'])
  const fix = unnamedCall
    ? "add ->name('…')->onOneServer() (a call() task needs a name before onOneServer(), or Laravel throws a LogicException)"
    : 'add ->onOneServer() so only one server runs it'
  const report: RuleReport = {
    path,
    span,
    message:
      `${what} runs on every server that runs \`schedule:run\`${group}; ${fix}. ` +
      'The lock needs a shared cache store (redis, memcached, dynamodb or database).',
    evidence: [],
    fingerprintKey: `schedule:${method}:${id}`
  }
  const suggestion = unnamedCall ? null : appendOnOneServer(text, span)
  if (suggestion !== null) report.suggestion = suggestion
  return report
}

/** A stable name for the task: the command string, the job class, the closure's name(). */
function identify(
  text: string,
  method: ScheduledEvent['method'],
  arg: PhpNode | undefined,
  chain: CallChain
): string {
  const value = isKind(arg, 'namedargument') ? arg.value : arg
  const literal = stringValue(value)
  if (literal !== null) return literal
  if (
    isKind(value, 'staticlookup') &&
    memberName(value)?.toLowerCase() === 'class' &&
    isKind(value.what, 'name')
  ) {
    return value.what.name.replace(/^\\/, '')
  }
  if (isKind(value, 'new') && isKind(value.what, 'name')) return value.what.name.replace(/^\\/, '')
  if (method === 'call') {
    const named = chain.links.find((link) => ['name', 'description'].includes(link.name?.toLowerCase() ?? ''))
    const name = named ? stringValue(named.args[0]) : null
    return name ?? 'closure'
  }
  const source = value ? sourceText(text, value) : null
  return source === null ? '…' : source.replace(/\s+/g, ' ').trim().slice(0, 120)
}

/**
 * Lines span.line..span.endLine with `->onOneServer()` appended to the chain, when the chain is a
 * statement ending in `;` on its last line. A chain written one method per line gets a new line
 * with the same indentation. Null when that is not mechanical.
 */
export function appendOnOneServer(
  text: string,
  span: { line: number; endLine: number; endColumn: number }
): string | null {
  const lines = text.split('\n')
  const chunk = lines.slice(span.line - 1, span.endLine)
  if (chunk.length === 0) return null
  const lastRaw = chunk[chunk.length - 1]
  const eol = lastRaw.endsWith('\r') ? '\r' : ''
  const last = eol ? lastRaw.slice(0, -1) : lastRaw
  const head = last.slice(0, span.endColumn - 1)
  const tail = last.slice(span.endColumn - 1)
  if (!/^\s*;/.test(tail)) return null
  const indent = /^(\s*)->/.exec(last)
  const replaced =
    chunk.length > 1 && indent
      ? [`${head}${eol}`, `${indent[1]}->onOneServer()${tail}${eol}`]
      : [`${head}->onOneServer()${tail}${eol}`]
  return [...chunk.slice(0, -1), ...replaced].join('\n')
}
