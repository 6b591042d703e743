// `npm test`: builds the renderer, runs the whole Vitest suite (Node, jsdom and real Chromium) in one
// run, and closes with the one line CI reads: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer } from './build-renderer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await buildRenderer({ force: true });

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-test-')), 'report.json');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // Vite's build sets NODE_ENV=production in this process; the tests must not inherit it (under
  // jsdom it makes Vitest resolve Node built-ins to an empty name).
  env: { ...process.env, NODE_ENV: 'test', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR },
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  // A file that fails to load has no failed tests of its own; count it as one failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults?.some((a) => a.status === 'failed')).length;
  failed = (r.numFailedTests ?? 0) + brokenFiles;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else {
  failed = 1;
}
const code = run.status === 0 && failed === 0 ? 0 : 1;
if (code !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(code);
