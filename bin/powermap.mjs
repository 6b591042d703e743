#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `powermap` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
// `serve` keeps listeners open until it returns; everything else is done.
process.exit(process.exitCode);
