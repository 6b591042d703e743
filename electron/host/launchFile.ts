/**
 * Opening the app in a browser without putting its key on a command line. Any account on the
 * computer can read every process's command line (`ps`), so `xdg-open http://…#token=…` would hand
 * the key, and with it every map, to them. Instead the address goes into a file only this user can
 * read (0600 in a fresh 0700 folder), and the browser is given that file, which forwards at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LaunchFile {
  /** A `file://` address, safe to pass on a command line: it names the file, not the key. */
  url: string;
  remove(): void;
}

const html = (target: string) => {
  const attr = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${attr}"><title>PowerMap</title>
<a href="${attr}">PowerMap</a>
`;
};

export function writeLaunchFile(launchUrl: string, parent: string = os.tmpdir()): LaunchFile {
  const dir = fs.mkdtempSync(path.join(parent, 'powermap-launch-'));
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, 'open-powermap.html');
  // 'wx' with mode 0600: created new, never through a link someone placed, readable by this user only.
  fs.writeFileSync(file, html(launchUrl), { mode: 0o600, flag: 'wx' });
  return { url: pathToFileURL(file).href, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Opens the app through a launch file; the file is removed by `remove()` when the host stops. */
export async function openThroughLaunchFile(launchUrl: string, open: (url: string) => Promise<boolean>): Promise<{ opened: boolean; remove(): void }> {
  const launch = writeLaunchFile(launchUrl);
  const opened = await open(launch.url);
  return { opened, remove: launch.remove };
}
