// Native PHP sessions: session_start() / $_SESSION use PHP's own session handler, whose default
// (session.save_handler = files) keeps each session in a file on the server that created it.
// Laravel's session (session(), $request->session(), Session::) is configured separately.
import type { RuleReport } from '../engine/types.js'
import { isKind, NameResolver, spanOf, stringValue, variableName, walk, type PhpNode } from '../php/ast.js'
import { anyOf, exact, patternWith, word } from './triggers.js'
import type { CodeRule } from './types.js'

const SESSION_FUNCTIONS = ['session_start', 'session_id']

export const nativePhpSession: CodeRule = {
  meta: {
    id: 'native-php-session',
    level: 'code',
    defaultSeverity: 'error',
    summary:
      "session_start(), session_id() or $_SESSION: PHP's native session, stored in files on one server.",
    help:
      "PHP's native session (session_start(), session_id(), $_SESSION) is separate from Laravel's session and uses " +
      "PHP's save handler, which by default writes one file per session on the server that handled the request " +
      '(session.save_path). Behind a load balancer the next request may reach another server, where the session ' +
      "is empty. Use Laravel's session instead (session('key'), $request->session(), the Session facade) with a " +
      'shared driver such as redis, database or cookie.'
  },
  // The functions, or the superglobal (variableName() compares `_SESSION` as written).
  triggers: anyOf(word(...SESSION_FUNCTIONS), patternWith(['_session'], exact('_SESSION'))),
  anchors: anyOf(word(...SESSION_FUNCTIONS), patternWith(['_session'], exact('_SESSION'))),
  check(file) {
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    const reports: RuleReport[] = []
    walk(program, (node, context) => {
      const fn = resolver.globalFunctionName(node)
      if (fn !== null && SESSION_FUNCTIONS.includes(fn)) {
        reports.push({
          path: file.path,
          span: spanOf(node),
          message:
            `${fn}() uses PHP's native session, which the default save handler keeps in files on this server; ` +
            "another server does not see it. Use Laravel's session (session(), $request->session()) with a shared driver.",
          evidence: [],
          fingerprintKey: `native-session:${fn}`
        })
        return
      }
      // `Foo::$_SESSION` is a static property, not the superglobal.
      if (
        variableName(node) !== '_SESSION' ||
        (isKind(context.parent, 'staticlookup') && context.key === 'offset')
      )
        return
      // Anchor the whole `$_SESSION['cart']['items']` so the message can name the key; the
      // outermost offset lookup decides whether it is written.
      const ancestors = context.ancestors
      let anchor: PhpNode = node
      let index = ancestors.length - 1
      while (index >= 0) {
        const parent = ancestors[index]
        if (!isKind(parent, 'offsetlookup') || parent.what !== anchor) break
        anchor = parent
        index--
      }
      const firstLookup = anchor === node ? null : ancestors[ancestors.length - 1]
      const key = isKind(firstLookup, 'offsetlookup') ? stringValue(firstLookup.offset) : null
      const holder = index >= 0 ? ancestors[index] : null
      const writes = (isKind(holder, 'assign') && holder.left === anchor) || holder?.kind === 'unset'
      const shown = key !== null ? `$_SESSION['${key}']` : '$_SESSION'
      reports.push({
        path: file.path,
        span: spanOf(anchor),
        message:
          `${shown} ${writes ? 'writes' : 'reads'} PHP's native session, which the default save handler keeps in ` +
          "files on this server; another server does not see it. Use Laravel's session (session('key'), " +
          '$request->session()) with a shared driver.',
        evidence: [],
        fingerprintKey: `native-session:$_SESSION${key !== null ? `:${key}` : ''}`
      })
    })
    return reports
  }
}
