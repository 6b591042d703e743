/**
 * Applies a campaign-memory operation. The three lists share one shape (items keyed by id), so one
 * set of list edits serves them all. Meetings and votes may name people who have since left the
 * map: they are history, so references are not checked here.
 */
import type { PowerMap } from '../model';
import { OpError, type OpErrorCode } from '../opError';
import type { CampaignMemory } from './model';
import type { MemoryKind, MemoryOperation } from './ops';

interface Keyed {
  id: string;
}

const LIST: Record<MemoryKind, keyof CampaignMemory> = { snapshot: 'snapshots', meeting: 'meetings', vote: 'votes' };
const UNKNOWN: Record<MemoryKind, OpErrorCode> = { snapshot: 'unknown-snapshot', meeting: 'unknown-meeting', vote: 'unknown-vote' };

export function applyMemoryOperation(map: PowerMap, op: MemoryOperation): { map: PowerMap; inverse: MemoryOperation } {
  const [kind, verb] = op.type.split('.') as [MemoryKind, 'add' | 'update' | 'delete'];
  const key = LIST[kind];
  const list = map[key] as readonly Keyed[];
  const with_ = (items: Keyed[]) => ({ ...map, [key]: items }) as PowerMap;
  const find = (id: string) => {
    const i = list.findIndex((x) => x.id === id);
    if (i < 0) throw new OpError(UNKNOWN[kind], id);
    return i;
  };

  if (verb === 'add') {
    const item = (op as Record<string, unknown>)[kind] as Keyed;
    if (list.some((x) => x.id === item.id)) throw new OpError('duplicate-id', item.id);
    const index = (op as { index?: number }).index;
    const at = index === undefined ? list.length : Math.max(0, Math.min(list.length, index));
    const items = list.slice();
    items.splice(at, 0, item);
    return { map: with_(items), inverse: { type: `${kind}.delete`, id: item.id } as MemoryOperation };
  }

  const id = (op as { id: string }).id;
  const index = find(id);
  const old = list[index]!;
  if (verb === 'delete') {
    return {
      map: with_(list.filter((_, i) => i !== index)),
      inverse: { type: `${kind}.add`, [kind]: old, index } as unknown as MemoryOperation,
    };
  }
  const patch = (op as { patch: Record<string, unknown> }).patch;
  const back: Record<string, unknown> = {};
  for (const k of Object.keys(patch)) back[k] = (old as unknown as Record<string, unknown>)[k];
  const items = list.slice();
  items[index] = { ...old, ...patch, id };
  return { map: with_(items), inverse: { type: `${kind}.update`, id, patch: back } as MemoryOperation };
}
