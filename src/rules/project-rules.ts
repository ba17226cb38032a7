import type { ProjectRule } from './types.js'

/** Project-level rules (RULES.md "Project-level rules"), in catalogue order. */
export const projectRules: ProjectRule[] = []
