/** Spawning TypeScript children and reading their output line by line. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const ROOT = path.resolve(__dirname, '../../..');

const bundles = new Map<string, string>();

/**
 * Bundles a child script once (better-sqlite3 stays external), so that each of the many restarts
 * costs a plain `node` start rather than a TypeScript compile. The bundle sits under node_modules so
 * that it resolves the project's native modules.
 */
export function bundled(script: string): string {
  let out = bundles.get(script);
  if (!out) {
    out = path.join(ROOT, 'node_modules', '.cache', 'powermap-reliability', `${path.basename(script, '.ts')}-${process.pid}.cjs`);
    buildSync({ entryPoints: [path.join(ROOT, script)], bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], outfile: out, logLevel: 'silent' });
    bundles.set(script, out);
  }
  return out;
}

export function spawnTs(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bundled(script), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
}

/** Collects stdout; `waitFor` resolves once a line matching `pattern` has been printed. */
export function lines(child: ChildProcessWithoutNullStreams) {
  const all: string[] = [];
  let partial = '';
  let waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (c: Buffer) => {
    const parts = (partial + c.toString()).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      all.push(line);
      waiters = waiters.filter((w) => {
        if (!w.pattern.test(line)) return true;
        w.resolve(line);
        return false;
      });
    }
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    all,
    stderr: () => stderr,
    closed,
    waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
      const seen = all.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; stderr: ${stderr}`)), timeoutMs);
        waiters.push({ pattern, resolve: (l) => (clearTimeout(timer), resolve(l)) });
        void closed.then(() => reject(new Error(`exited before ${pattern}; stderr: ${stderr}`)));
      });
    },
  };
}
