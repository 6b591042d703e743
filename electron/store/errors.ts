import type { ErrorCode } from '../../shared/contract';

/** A refusal or failure the user can be told about; `code` is translated by the renderer and CLI. */
export class StoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Maps a better-sqlite3 error to what it means for the user's file. */
export function fromSqliteError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (code === 'SQLITE_FULL') return new StoreError('disk-full', message);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreError('locked', message);
  // SQLite noticed that the file under the map's name is no longer the one it opened.
  if (code === 'SQLITE_READONLY_DBMOVED') return new StoreError('file-gone', message);
  if (code.startsWith('SQLITE_READONLY')) return new StoreError('read-only', message);
  if (code === 'SQLITE_NOTADB') return new StoreError('not-sqlite', message);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError('corrupt', message);
  // The schema's own checks refused a value the operation checks let through: refuse that edit only.
  if (code.startsWith('SQLITE_CONSTRAINT')) return new StoreError('op-rejected', message, { reason: 'constraint' });
  if (code.startsWith('SQLITE_CANTOPEN')) return new StoreError('file-gone', message);
  if (code.startsWith('SQLITE_IOERR')) return new StoreError('io', message);
  return new StoreError('internal', message);
}
