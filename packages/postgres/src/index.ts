export {
  freePort,
  startPostgres,
  withClient,
  type PostgresServer,
  type StartPostgresOptions,
} from './server'
export { databaseUrl, isSafeDatabaseName } from './urls'
export {
  backupDatabase,
  readBackupHeader,
  restoreDatabase,
  tableCounts,
  type BackupHeader,
} from './backup'
