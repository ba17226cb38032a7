import type { CodeRule } from './types.js'
import { envOutsideConfig } from './env-outside-config.js'
import { nativePhpSession } from './native-php-session.js'
import { hardcodedStoragePath } from './hardcoded-storage-path.js'
import { scheduleWithoutOnOneServer } from './schedule-without-on-one-server.js'

/** Code-level rules (RULES.md "Code-level rules"), in catalogue order. */
export const codeRules: CodeRule[] = [
  envOutsideConfig,
  scheduleWithoutOnOneServer,
  nativePhpSession,
  hardcodedStoragePath
]
