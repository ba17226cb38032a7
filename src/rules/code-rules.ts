import type { CodeRule } from './types.js'

/** Code-level rules (RULES.md "Code-level rules"), in catalogue order. */
export const codeRules: CodeRule[] = []
