/**
 * Field-level merge of an edit made on an older copy of a map (another tab, another window, a
 * dialog opened before someone else saved). Each edit is reduced to the fields its author actually
 * changed, compared with the copy they saw; those fields are applied to the current map. Where
 * someone else changed the same field to something else meanwhile, the edit is refused rather than
 * silently undoing their work (DESIGN.md §13: never replace the whole body from a stale copy).
 */
import type { Body, PowerMap, Stances } from '../model';
import { applyOperation, type MapPatch, type Operation } from '../ops';

export class RebaseConflict extends Error {
  constructor(readonly field: string) {
    super(`changed meanwhile by someone else: ${field}`);
    this.name = 'RebaseConflict';
  }
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * One field three ways: what the author saw, what they want, what the map holds now. Returns
 * `undefined` when the author left it alone, otherwise the value to write.
 */
function mergeField<T>(field: string, seen: T, mine: T, current: T): T | undefined {
  if (same(mine, seen)) return undefined;
  if (same(current, seen) || same(current, mine)) return mine;
  throw new RebaseConflict(field);
}

/** A patch keeps only the fields its author changed; fields changed by both must agree. */
function mergePatch<P extends object>(prefix: string, seen: object, patch: P, current: object): P {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    const merged = mergeField(`${prefix}.${k}`, (seen as Record<string, unknown>)[k], v, (current as Record<string, unknown>)[k]);
    if (merged !== undefined) out[k] = merged;
  }
  return out as P;
}

function mergeStances(seen: Stances, mine: Stances, current: Stances): Stances | undefined {
  let changed = false;
  const out = current.map((c, i) => {
    const m = mergeField(`stances.${i}`, seen[i], mine[i], c);
    if (m === undefined) return c;
    changed = true;
    return m;
  }) as Stances;
  return changed ? out : undefined;
}

function mergeBody(seen: Body, mine: Body, current: Body): Body | undefined {
  const top = mergePatch('body', seen, { name: mine.name, seats: mine.seats, tieBreaker: mine.tieBreaker, executive: mine.executive }, current);
  const rule = mergePatch('body.rule', seen.rule, mine.rule, current.rule);
  if (!Object.keys(top).length && !Object.keys(rule).length) return undefined;
  return { ...current, ...top, rule: { ...current.rule, ...rule } };
}

function rebaseMapPatch(seen: PowerMap, patch: MapPatch, current: PowerMap): MapPatch {
  const { stances, body, ...plain } = patch;
  const out: MapPatch = mergePatch('map', seen, plain, current);
  if (stances) {
    const s = mergeStances(seen.stances, stances, current.stances);
    if (s) out.stances = s;
  }
  if (body) {
    const b = mergeBody(seen.body, body, current.body);
    if (b) out.body = b;
  }
  return out;
}

/**
 * Members in the author's order, less those someone else took out meanwhile, plus those someone
 * else put in (and the author did not take out).
 */
function rebaseMembers(seen: readonly string[], mine: readonly string[], current: readonly string[]): string[] {
  const seenSet = new Set(seen);
  const currentSet = new Set(current);
  const mineSet = new Set(mine);
  const kept = mine.filter((m) => currentSet.has(m) || !seenSet.has(m));
  return [...kept, ...current.filter((m) => !seenSet.has(m) && !mineSet.has(m))];
}

/**
 * The edit `op`, made by someone who saw `seen`, restated so that applying it to `current` changes
 * only what its author changed. Throws RebaseConflict when that would undo someone else's change.
 * Edits that name what they change (moves, adds, deletes, links) pass through unchanged; the
 * operations' own checks refuse one that no longer fits.
 */
export function rebaseOperation(seen: PowerMap, op: Operation, current: PowerMap): Operation {
  if (seen === current) return op;
  switch (op.type) {
    case 'map.update':
      return { type: 'map.update', patch: rebaseMapPatch(seen, op.patch, current) };
    case 'actor.update': {
      const was = seen.actors.find((a) => a.id === op.id);
      const now = current.actors.find((a) => a.id === op.id);
      return was && now ? { ...op, patch: mergePatch(`actor.${op.id}`, was, op.patch, now) } : op;
    }
    case 'block.update': {
      const was = seen.blocks.find((b) => b.id === op.id);
      const now = current.blocks.find((b) => b.id === op.id);
      return was && now ? { ...op, patch: mergePatch(`block.${op.id}`, was, op.patch, now) } : op;
    }
    case 'block.setMembers': {
      const was = seen.blocks.find((b) => b.id === op.id);
      const now = current.blocks.find((b) => b.id === op.id);
      return was && now ? { ...op, members: rebaseMembers(was.members, op.members, now.members) } : op;
    }
    case 'scenario.update': {
      const was = seen.scenarios.find((s) => s.id === op.id);
      const now = current.scenarios.find((s) => s.id === op.id);
      return was && now ? { ...op, patch: mergePatch(`scenario.${op.id}`, was, op.patch, now) } : op;
    }
    case 'snapshot.update':
    case 'meeting.update':
    case 'vote.update': {
      const list = op.type === 'snapshot.update' ? 'snapshots' : op.type === 'meeting.update' ? 'meetings' : 'votes';
      const was = (seen[list] as { id: string }[]).find((x) => x.id === op.id);
      const now = (current[list] as { id: string }[]).find((x) => x.id === op.id);
      return was && now ? ({ ...op, patch: mergePatch(`${list}.${op.id}`, was, op.patch, now) } as Operation) : op;
    }
    case 'batch': {
      // Each step is rebased on the maps as they stand after the steps before it.
      const ops: Operation[] = [];
      let before = seen;
      let after = current;
      for (const [i, step] of op.ops.entries()) {
        const rebased = rebaseOperation(before, step, after);
        ops.push(rebased);
        try {
          before = applyOperation(before, step).map;
          after = applyOperation(after, rebased).map;
        } catch {
          // The operation checks will refuse the whole batch when it is applied.
          return { type: 'batch', ops: [...ops, ...op.ops.slice(i + 1)] };
        }
      }
      return { type: 'batch', ops };
    }
    default:
      return op;
  }
}
