import type { RuleMeta } from '../engine/types.js'
import { codeRules } from './code-rules.js'
import { metaRules } from './meta-rules.js'
import { projectRules } from './project-rules.js'

/** Every rule the tool knows, for config validation, SARIF metadata and docs links. */
export function allRuleMetas(): RuleMeta[] {
  return [...projectRules.map((r) => r.meta), ...codeRules.map((r) => r.meta), ...metaRules]
}

export function allRuleIds(): string[] {
  return allRuleMetas().map((m) => m.id)
}
