import type { CodeRule } from './types.js'
import { envOutsideConfig } from './env-outside-config.js'
import { nativePhpSession } from './native-php-session.js'

/** Code-level rules (RULES.md "Code-level rules"), in catalogue order. */
export const codeRules: CodeRule[] = [envOutsideConfig, nativePhpSession]
