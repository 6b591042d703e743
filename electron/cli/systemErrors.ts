/** What a failed file operation means, in the user's language, instead of Node's English and a stack. */
import type { Translate } from '../../shared/i18n';

const KNOWN = new Set(['EISDIR', 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EEXIST', 'EFBIG', 'ENAMETOOLONG']);

export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/** A short reason such as "it is a folder" for an error from `fs`. */
export function systemReason(e: unknown, t: Translate): string {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  return KNOWN.has(code) ? t(`safety.reason.${code}`) : t('safety.reason.other', { code: code || String((e as Error)?.message ?? e).split('\n')[0] });
}
