import type { CodeRule } from './types.js'
import { envOutsideConfig } from './env-outside-config.js'
import { uploadToLocalDisk } from './upload-to-local-disk.js'
import { storageLocalWrite } from './storage-local-write.js'
import { cacheStoreExplicitLocal } from './cache-store-explicit-local.js'
import { logLocalFileInCode } from './log-local-file-in-code.js'
import { nativePhpSession } from './native-php-session.js'
import { hardcodedStoragePath } from './hardcoded-storage-path.js'
import { scheduleWithoutOnOneServer } from './schedule-without-on-one-server.js'

/** Code-level rules (RULES.md "Code-level rules"), in catalogue order. */
export const codeRules: CodeRule[] = [
  envOutsideConfig,
  uploadToLocalDisk,
  storageLocalWrite,
  cacheStoreExplicitLocal,
  logLocalFileInCode,
  scheduleWithoutOnOneServer,
  nativePhpSession,
  hardcodedStoragePath
]
