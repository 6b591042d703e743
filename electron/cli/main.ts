/** `powermap`: import, export, check, project and serve maps from the command line. */
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../shared/contract';
import { createTranslator, languageFromLocale } from '../../shared/i18n';
import { CliFailure, type CliContext, type Command } from './context';
import { oneLineValues, printable } from './terminalText';
import { isSystemError, systemReason } from './systemErrors';
import { StoreError } from '../store/errors';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { projectCommand } from './commands/project';
import { reconcileCommand } from './commands/reconcile';
import { shiftedCommand } from './commands/shifted';
import { followupsCommand } from './commands/followups';
import { votesCommand } from './commands/votes';
import { serveCommand } from './commands/serve';

export const COMMANDS: Record<string, Command> = {
  import: importCommand,
  export: exportCommand,
  check: checkCommand,
  serve: serveCommand,
  project: projectCommand,
  reconcile: reconcileCommand,
  shifted: shiftedCommand,
  followups: followupsCommand,
  votes: votesCommand,
};

export { printable } from './terminalText';

function pickLanguage(argv: string[]): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (given && (LANGUAGES as readonly string[]).includes(given)) return given as Language;
  return languageFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

/**
 * Installed only when a command asks (`serve`): a listener replaces Node's default of exiting at
 * once, and a command busy in synchronous SQLite could then never be stopped with Ctrl+C.
 */
function lazyStopSignal(): { readonly promise: Promise<void> } {
  let promise: Promise<void> | null = null;
  return {
    get promise() {
      promise ??= new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      return promise;
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  const lang = pickLanguage(argv);
  const t = oneLineValues(createTranslator(lang));
  const stop = lazyStopSignal();
  const ctx: CliContext = {
    t,
    lang,
    out: (s) => process.stdout.write(`${printable(s)}\n`),
    err: (s) => process.stderr.write(`${printable(s)}\n`),
    get stopSignal() {
      return stop.promise;
    },
  };
  const [name, ...rest] = argv.filter((a, i) => !(a === '--lang' || a.startsWith('--lang=') || argv[i - 1] === '--lang'));
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(t('cli.usage'));
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.err(t('cli.unknownCommand', { command: name }));
    ctx.err(t('cli.usage'));
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, ...(command.options ?? {}) },
    });
  } catch (e) {
    ctx.err(t('cli.badOption', { message: (e as Error).message }));
    ctx.err(t(command.helpKey));
    return 2;
  }
  if (parsed.values.help) {
    ctx.out(t(command.helpKey));
    return 0;
  }
  try {
    return await command.run(parsed.positionals, parsed.values as Record<string, string | boolean | undefined>, ctx);
  } catch (e) {
    // Whatever went wrong, one translated line and a non-zero exit: never a stack trace.
    if (e instanceof CliFailure) ctx.err(e.message);
    else if (e instanceof StoreError) ctx.err(t(`errors.${e.code}`, e.params));
    else if (isSystemError(e)) ctx.err(t('safety.failed', { reason: systemReason(e, t) }));
    else ctx.err(t('safety.unexpected', { message: String((e as Error)?.message ?? e).split('\n')[0] }));
    return 1;
  }
}
