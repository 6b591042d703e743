/**
 * Which maps a launch asks for: the file manager, the taskbar or a second `powermap` launch passes
 * paths on the command line (Windows, Linux); macOS sends `open-file` events instead, possibly before
 * the app is ready, so those wait in a queue.
 */
import path from 'node:path';

export const MAP_EXTENSION = '.powermap';

/** Map files named in a command line, resolved against the directory it was run from. */
export function mapFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files = argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(MAP_EXTENSION))
    .map((a) => path.resolve(cwd, a));
  return [...new Set(files)];
}

/** Holds files asked for before the app can open windows, then hands each over once. */
export class OpenQueue {
  private pending: string[] = [];
  private opener: ((file: string) => void) | null = null;

  push(file: string): void {
    if (this.opener) this.opener(file);
    else this.pending.push(file);
  }

  /** From now on files go straight to `opener`; those waiting go first, in order. */
  start(opener: (file: string) => void): void {
    this.opener = opener;
    const waiting = this.pending;
    this.pending = [];
    for (const f of waiting) opener(f);
  }

  get waiting(): number {
    return this.pending.length;
  }
}
