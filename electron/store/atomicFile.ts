/**
 * Files that appear whole or not at all: written under a temporary name in the same folder, flushed,
 * then renamed (or linked, where an existing file must not be replaced). A process killed halfway
 * leaves only a hidden `.partial` file, which no listing shows and which the next write removes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PARTIAL = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.partial(-journal)?$/;

/** A fresh temporary name beside `file`, carrying our pid so a stale one can be told from a live one. */
export function partialPathFor(file: string): string {
  const dir = path.dirname(file);
  return path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.partial`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files left by processes that no longer run, for `file` and for files named
 * after it (its backups `file.v1-….bak`, exports `file.csv`).
 */
export function removeStalePartials(file: string): void {
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = PARTIAL.exec(name);
    const base = path.basename(file);
    const ours = m && (m[1] === base || m[1]!.startsWith(`${base}.`));
    if (ours && !alive(Number(m[2]))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Publishes a finished temporary file under its final name; with `replace: false` an existing file wins. */
export function publish(partial: string, file: string, opts: { replace: boolean }): void {
  fsyncFile(partial);
  if (opts.replace) {
    fs.renameSync(partial, file);
  } else {
    // link() fails with EEXIST instead of replacing, atomically; then the temporary name goes.
    fs.linkSync(partial, file);
    fs.rmSync(partial, { force: true });
  }
}

/** Writes bytes so that `file` holds either its old content or all of the new. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  removeStalePartials(file);
  const partial = partialPathFor(file);
  try {
    fs.writeFileSync(partial, bytes, { flag: 'wx' });
    publish(partial, file, { replace: true });
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

/** Copies a file so that `target` (which must not exist) appears only once complete. */
export function copyFileAtomic(source: string, target: string): void {
  removeStalePartials(target);
  const partial = partialPathFor(target);
  try {
    fs.copyFileSync(source, partial, fs.constants.COPYFILE_EXCL);
    publish(partial, target, { replace: false });
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}
