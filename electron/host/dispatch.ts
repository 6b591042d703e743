/**
 * The one entry point both transports use: look the method up, validate its arguments against the
 * contract, run the handler, and turn every failure into a `Result` error the renderer can translate.
 */
import { contract, isMethod, type Handlers, type HostError, type Result } from '../../shared/contract';
import { problemsOf } from '../../shared/schema';
import { StoreError } from '../store/errors';

export function toHostError(e: unknown): HostError {
  if (e instanceof StoreError) return { code: e.code, message: e.message, params: e.params };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

export async function dispatch(handlers: Handlers, name: string, raw: unknown): Promise<Result<unknown>> {
  if (!isMethod(name)) return { ok: false, error: { code: 'unknown-method', message: `unknown method ${name.slice(0, 100)}` } };
  const parsed = contract[name].args.safeParse(raw ?? {});
  if (!parsed.success) {
    const first = problemsOf(parsed.error)[0];
    return {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: `invalid arguments for ${name}`,
        params: first ? { field: first.field, message: first.message } : {},
      },
    };
  }
  try {
    const handler = handlers[name] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return { ok: false, error: toHostError(e) };
  }
}
