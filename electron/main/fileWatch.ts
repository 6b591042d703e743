/**
 * Tells a window at once when its map file is deleted, moved, replaced or made read-only, instead
 * of waiting for the next edit to fail: the user can save a copy before doing more work.
 */
import fs from 'node:fs';
import { identityOf, sameIdentity, type FileIdentity } from '../store/fileIdentity';

export type FileProblem = 'file-gone' | 'read-only';

/**
 * With `identity` (the device and inode seen at open), a different file under the same name (a sync
 * client, `mv`, a restored backup) counts as gone: the open map still writes to the old one.
 */
export function fileProblem(file: string, identity: FileIdentity | null = null): FileProblem | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return 'file-gone';
  }
  if (identity && !sameIdentity(identity, { dev: st.dev, ino: st.ino })) return 'file-gone';
  return (st.mode & 0o222) === 0 ? 'read-only' : null;
}

/**
 * Polls the file's state (deletion, replacement and permission changes look the same on every OS
 * this way; a stat every two seconds costs nothing) and reports each new problem once.
 */
export function watchMapFile(
  file: string,
  onProblem: (problem: FileProblem) => void,
  intervalMs = 2000,
  identity: FileIdentity | null = identityOf(file),
): () => void {
  let last: FileProblem | null = fileProblem(file, identity);
  const timer = setInterval(() => {
    const now = fileProblem(file, identity);
    if (now && now !== last) onProblem(now);
    last = now;
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
