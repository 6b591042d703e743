import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/contract';
import { dispatch } from '../../electron/host/dispatch';
import { Host } from '../../electron/host/handlers';
import { tempDir } from '../store/helpers';

function host() {
  const dir = tempDir('pm-host-');
  return new Host({ kind: 'browser', version: 't', dataDir: dir, mapsDir: path.join(dir, 'maps'), dialogs: null, systemLanguage: 'es' });
}

describe('the contract dispatcher', () => {
  it('rejects unknown methods and malformed arguments with an error code', async () => {
    const h = host();
    expect(await dispatch(h.handlers, 'maps.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(h.handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(h.handlers, 'maps.create', { town: '' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments', params: { field: 'town' } } });
    expect(await dispatch(h.handlers, 'maps.create', { town: 'x', title: 't', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatch(h.handlers, 'settings.setLanguage', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatch(h.handlers, 'maps.apply', { docId: 'x', op: { type: 'actors.move', moves: [{ id: 'a', x: 5, y: 0 }] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    for (const m of METHODS) {
      for (const junk of [null, 42, 'str', [], { docId: 7 }, { op: { type: 'batch', ops: 'x' } }]) {
        const r = await dispatch(h.handlers, m, junk);
        if (!r.ok) expect(['invalid-arguments', 'not-found', 'unsupported']).toContain(r.error.code);
      }
    }
  });

  it('serves a whole session: create, edit, reopen by key, language', async () => {
    const h = host();
    expect(await dispatch(h.handlers, 'settings.get', {})).toEqual({ ok: true, value: { language: 'es' } });
    const created = await dispatch(h.handlers, 'maps.create', { town: 'Núñez Falls', title: 'T' });
    if (!created.ok) throw new Error(created.error.message);
    const { docId, fileName } = created.value as { docId: string; fileName: string };
    expect(fileName).toMatch(/^nunez-falls-\d{4}-\d\d-\d\d\.powermap$/);
    const add = await dispatch(h.handlers, 'maps.apply', {
      docId,
      op: { type: 'actor.add', actor: { id: 'a', kind: 'decision-maker', name: 'Ana', role: '', notes: '', x: 0.5, y: 0.5, seat: true, pYes: null, pPresent: 1, recused: false } },
    });
    expect(add).toMatchObject({ ok: true, value: { inverse: { type: 'actor.delete', id: 'a' } } });
    expect(await dispatch(h.handlers, 'maps.apply', { docId, op: { type: 'actor.delete', id: 'zzz' } })).toMatchObject({ ok: false, error: { code: 'op-rejected' } });
    await dispatch(h.handlers, 'maps.close', { docId });
    const recent = await dispatch(h.handlers, 'maps.recent', {});
    if (!recent.ok) throw new Error();
    const [entry] = recent.value as { key: string; town: string }[];
    expect(entry).toMatchObject({ town: 'Núñez Falls', exists: true });
    const reopened = await dispatch(h.handlers, 'maps.open', { key: entry!.key });
    expect(reopened).toMatchObject({ ok: true, value: { map: { actors: [{ name: 'Ana' }] } } });
    expect(await dispatch(h.handlers, 'maps.open', { key: 'not-a-key' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(h.handlers, 'maps.openDialog', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    await dispatch(h.handlers, 'settings.setLanguage', { language: 'en' });
    expect(h.settings.language()).toBe('en');
    h.closeAll();
  });

  it('imports interchange JSON, naming the bad field when it is invalid', async () => {
    const h = host();
    const bad = await dispatch(h.handlers, 'maps.importJson', { text: '{"format":"powermap","version":1,"town":"X","body":{"seats":-1}}' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-json', params: { field: 'body.seats' } } });
    const good = await dispatch(h.handlers, 'maps.importJson', { text: '{"format":"powermap","version":1,"town":"X","body":{"seats":3}}' });
    expect(good).toMatchObject({ ok: true, value: { map: { town: 'X', body: { seats: 3 } } } });
    h.closeAll();
  });
});
