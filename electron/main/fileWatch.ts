/**
 * Tells a window at once when its map file is deleted, moved or made read-only, instead of waiting
 * for the next edit to fail: the user can save a copy before doing more work.
 */
import fs from 'node:fs';

export type FileProblem = 'file-gone' | 'read-only';

export function fileProblem(file: string): FileProblem | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return 'file-gone';
  }
  return (st.mode & 0o222) === 0 ? 'read-only' : null;
}

/**
 * Polls the file's state (deletion and permission changes look the same on every OS this way; a
 * stat every two seconds costs nothing) and reports each new problem once.
 */
export function watchMapFile(file: string, onProblem: (problem: FileProblem) => void, intervalMs = 2000): () => void {
  let last: FileProblem | null = fileProblem(file);
  const timer = setInterval(() => {
    const now = fileProblem(file);
    if (now && now !== last) onProblem(now);
    last = now;
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
