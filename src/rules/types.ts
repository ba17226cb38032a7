import type { RuleMeta, RuleReport } from '../engine/types.js'
import type { LaravelProject } from '../laravel/types.js'
import type { SourceFile } from '../php/source.js'
import type { Trigger } from './triggers.js'

/** A rule over the resolved configuration of one Laravel app. */
export interface ProjectRule {
  meta: RuleMeta & { level: 'project' }
  check(project: LaravelProject): RuleReport[]
}

export interface CodeContext {
  /** The app the file belongs to, null when the file is outside every detected app. */
  project: LaravelProject | null
  /** Under a `tests/` directory: the engine caps findings there at notice. */
  isTestFile: boolean
  /** Inside one of the app's config directories. */
  isConfigFile: boolean
}

/** A rule over one parsed PHP or Blade file. */
export interface CodeRule {
  meta: RuleMeta & { level: 'code' }
  check(file: SourceFile, context: CodeContext): RuleReport[]
  /**
   * Text a file must contain (matched on the raw PHP or Blade text) for `check` to be able to
   * report anything in it; see triggers.ts. Without it the rule runs on every file.
   */
  triggers?: Trigger
  /**
   * Text that the body of a function or method, or a Blade segment, must contain for `check` to
   * be able to report inside it (src/engine/slice.ts): what the reported code itself spells, such
   * as the called method's name, and what a later statement can spell to change a report other
   * than by assignment. It must hold whatever the rest of the file says (imports, properties,
   * signatures). Without it, files this rule runs on are parsed whole.
   */
  anchors?: Trigger
}

export type Rule = ProjectRule | CodeRule
