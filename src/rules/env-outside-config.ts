// env() outside config/: once `php artisan config:cache` has run, Laravel stops loading .env, so
// env() returns null (or its default) everywhere except in the cached config files themselves.
// Deploys that cache config on each server then behave differently from development.
import type { RuleReport } from '../engine/types.js'
import {
  argument,
  FQN,
  isKind,
  memberName,
  NameResolver,
  returnsArray,
  sameName,
  sourceText,
  spanOf,
  stringValue,
  walk,
  type CallNode,
  type PhpNode
} from '../php/ast.js'
import { anyOf, methods, word } from './triggers.js'
import type { CodeRule } from './types.js'

const ENV_CLASS_METHODS = ['get', 'getorfail']

export const envOutsideConfig: CodeRule = {
  meta: {
    id: 'env-outside-config',
    level: 'code',
    defaultSeverity: 'error',
    summary:
      'env() (or Env::get) is called outside the config directory, so it returns null once config is cached.',
    help:
      'After `php artisan config:cache` (a standard production deploy step, run on every server) Laravel no longer ' +
      'loads the .env file, and env() returns null or its default everywhere except inside config files. Code ' +
      'and Blade templates that call env() then silently change behaviour in production, and differently on ' +
      'servers whose config was cached at another time. Read the variable once in a config file ' +
      "('url' => env('APP_URL')) and use config('app.url') in code and templates."
  },
  // The env() function or the Env class (also behind an import alias, whose use statement spells it).
  triggers: word('env'),
  // The call itself spells env or, through an alias of the Env class, its get()/getOrFail().
  anchors: anyOf(word('env'), methods(...ENV_CLASS_METHODS)),
  check(file, context) {
    if (context.isConfigFile) return []
    const program = file.program as unknown as PhpNode
    const resolver = NameResolver.for(program)
    const reports: RuleReport[] = []
    // A file that returns an array is shaped like a config file: the app may load its config
    // from another directory (BookStack's app/Config), which configPaths declares.
    const hint = returnsArray(program)
      ? ' If this is one of the app’s config files, kept outside config/, list its directory in `configPaths` (stateless-audit.json).'
      : ''
    walk(program, (node) => {
      if (!isKind(node, 'call')) return
      const kind = envCallKind(node, resolver)
      if (kind === null) return
      const keyNode = argument(node, 0, 'key')
      const key = stringValue(keyNode)
      const written = kind === 'env' ? 'env' : `Env::${kind}`
      const shown = key !== null ? `${written}('${key}')` : `${written}(${keyText(file.text, keyNode)})`
      const configured = key !== null && context.project?.configReadsEnv(key) === true
      // The config key that holds exactly this env() value, when there is one, with its line.
      const reader = configured ? (context.project?.configKeyReadingEnv?.(key) ?? null) : null
      const advice =
        reader !== null
          ? `config('${reader.key}') already reads ${key}: use it here.`
          : configured
            ? `a config file already reads ${key}: use that config('…') key here.`
            : `read it in a config file and use config('…') here.`
      reports.push({
        path: file.path,
        span: spanOf(node),
        message: `${shown} outside config/ returns null once \`php artisan config:cache\` has run; ${advice}${hint}`,
        evidence: reader?.at ? [reader.at] : [],
        fingerprintKey: key !== null ? `env:${key}` : `env:${normalise(sourceText(file.text, node) ?? '')}`
      })
    })
    return reports
  }
}

/** 'env' for the global helper, 'get'/'getOrFail' for Illuminate\Support\Env, null otherwise. */
function envCallKind(call: CallNode, resolver: NameResolver): 'env' | 'get' | 'getOrFail' | null {
  if (resolver.isGlobalFunctionCall(call, 'env')) return 'env'
  const lookup = call.what
  if (!isKind(lookup, 'staticlookup')) return null
  const method = memberName(lookup)
  if (method === null || !ENV_CLASS_METHODS.includes(method.toLowerCase())) return null
  if (!sameName(resolver.resolveLaravelClass(lookup.what), FQN.env)) return null
  return method.toLowerCase() === 'get' ? 'get' : 'getOrFail'
}

function keyText(text: string, node: PhpNode | null): string {
  if (!node) return ''
  const source = sourceText(text, node)
  return source === null ? '…' : normalise(source)
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
