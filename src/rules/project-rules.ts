import { cacheStoreLocal } from './cache-store-local.js'
import { databaseSqliteFile } from './database-sqlite-file.js'
import { envKeyIgnored } from './env-key-ignored.js'
import { filesystemDiskLocal } from './filesystem-disk-local.js'
import { logChannelLocal } from './log-channel-local.js'
import { maintenanceDriverFile } from './maintenance-driver-file.js'
import { queueConnectionLocal } from './queue-connection-local.js'
import { scheduleLockStoreLocal } from './schedule-lock-store-local.js'
import { sessionDriverLocal } from './session-driver-local.js'
import type { ProjectRule } from './types.js'

/** Project-level rules (RULES.md "Project-level rules"), in catalogue order. */
export const projectRules: ProjectRule[] = [
  sessionDriverLocal,
  cacheStoreLocal,
  queueConnectionLocal,
  filesystemDiskLocal,
  logChannelLocal,
  databaseSqliteFile,
  scheduleLockStoreLocal,
  envKeyIgnored,
  maintenanceDriverFile
]
