/**
 * The journal an imported map starts with (DESIGN.md §10): its interchange history turned into
 * journal entries whose inverses, applied backwards, give each actor's state at each time, so that
 * `mapAt` at any history time shows the states the file recorded. A version-1 file (no history)
 * starts with one entry: everyone arriving at the time of import. Pure.
 *
 * Someone's first entry is their arrival (`actor.restore`, undone by `actor.delete`); a later entry
 * is an `actor.update` of the five state fields. The restore records (where the person, their links,
 * block place and scenario changes go back) are worked out for all arrivals at once by counting
 * ranks, so a file with 100,000 people imports in n log n rather than n² list edits.
 */
import type { Actor, PowerMap } from '../model';
import type { ActorRestore, Operation } from '../ops';
import { isoInstant, stateOf, type HistoryState, type HistoryEntry } from './history';

export interface SeedEntry {
  at: string;
  op: Operation;
  inverse: Operation;
  meeting: string | null;
}

/** For each position i, how many earlier positions hold a key below (or, `orEqual`, at most) keys[i]. */
function countBefore(keys: readonly number[], orEqual: boolean): number[] {
  const n = keys.length;
  const tree = new Array<number>(n + 1).fill(0);
  const add = (i: number) => {
    for (let j = i + 1; j <= n; j += j & -j) tree[j]! += 1;
  };
  const prefix = (i: number) => {
    let s = 0;
    for (let j = i; j > 0; j -= j & -j) s += tree[j]!;
    return s;
  };
  const order = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const out = new Array<number>(n).fill(0);
  for (let g = 0; g < n; ) {
    let end = g;
    while (end < n && keys[order[end]!] === keys[order[g]!]) end++;
    if (orEqual) for (let k = g; k < end; k++) add(order[k]!);
    for (let k = g; k < end; k++) out[order[k]!] = prefix(order[k]!);
    if (!orEqual) for (let k = g; k < end; k++) add(order[k]!);
    g = end;
  }
  return out;
}

/** Where each person goes back on arrival, given the order `rank` in which everyone arrives. */
function restoreRecords(map: PowerMap, rank: Map<string, number>, firstState: Map<string, HistoryState>): Map<string, ActorRestore> {
  const r = (id: string) => rank.get(id)!;
  const records = new Map<string, ActorRestore>();
  const actorIndex = countBefore(map.actors.map((a) => r(a.id)), false);
  map.actors.forEach((a: Actor, i) => {
    const executive = map.body.executive?.actor === a.id ? map.body.executive : null;
    records.set(a.id, {
      actor: { ...a, ...firstState.get(a.id)! },
      index: actorIndex[i]!,
      links: [],
      block: null,
      tieBreaker: map.body.tieBreaker === a.id,
      executive,
      scenarioChanges: [],
    });
  });
  // A link comes back with whichever of its two ends arrives last.
  const linkKeys = map.links.map((l) => Math.max(r(l.from), r(l.to)));
  const linkIndex = countBefore(linkKeys, true);
  map.links.forEach((link, i) => {
    const owner = r(link.from) > r(link.to) ? link.from : link.to;
    records.get(owner)!.links.push({ link, index: linkIndex[i]! });
  });
  for (const b of map.blocks) {
    const index = countBefore(b.members.map(r), false);
    b.members.forEach((m, i) => (records.get(m)!.block = { id: b.id, index: index[i]! }));
  }
  for (const s of map.scenarios) {
    const index = countBefore(s.changes.map((c) => r(c.actor)), true);
    s.changes.forEach((change, i) => records.get(change.actor)!.scenarioChanges.push({ scenario: s.id, index: index[i]!, change }));
  }
  return records;
}

const one = (ops: Operation[]): Operation => (ops.length === 1 ? ops[0]! : { type: 'batch', ops });

/**
 * The journal entries, oldest first, that lead to `map` through `history` (validated: known actors,
 * oldest first, each actor's last entry equal to its current fields). Actors the history does not
 * mention arrive at `now` (or at the last history time, if that is later).
 */
export function journalSeed(map: PowerMap, history: readonly HistoryEntry[], now: string): SeedEntry[] {
  const entries: HistoryEntry[] = history.map((h) => ({ ...h, at: isoInstant(h.at) ?? h.at }));
  const mentioned = new Set(entries.map((e) => e.actor));
  const last = entries.at(-1)?.at;
  const nowIso = isoInstant(now) ?? now;
  const arrival = last !== undefined && last > nowIso ? last : nowIso;
  for (const a of map.actors) if (!mentioned.has(a.id)) entries.push({ at: arrival, actor: a.id, ...stateOf(a) });

  const rank = new Map<string, number>();
  const firstState = new Map<string, HistoryState>();
  const previous: (HistoryEntry | null)[] = [];
  const latest = new Map<string, HistoryEntry>();
  for (const e of entries) {
    if (!rank.has(e.actor)) {
      rank.set(e.actor, rank.size);
      firstState.set(e.actor, stateOf(e));
    }
    previous.push(latest.get(e.actor) ?? null);
    latest.set(e.actor, e);
  }
  const records = restoreRecords(map, rank, firstState);

  // One journal entry per run of history entries at one time, with one meeting, each actor once.
  const out: SeedEntry[] = [];
  let start = 0;
  while (start < entries.length) {
    const first = entries[start]!;
    const seen = new Set<string>();
    let end = start;
    while (end < entries.length) {
      const e = entries[end]!;
      if (e.at !== first.at || e.meeting !== first.meeting || seen.has(e.actor)) break;
      seen.add(e.actor);
      end++;
    }
    const ops: Operation[] = [];
    const inverses: Operation[] = [];
    for (let k = start; k < end; k++) {
      const e = entries[k]!;
      const prev = previous[k]!;
      ops.push(prev ? { type: 'actor.update', id: e.actor, patch: stateOf(e) } : { type: 'actor.restore', restore: records.get(e.actor)! });
      inverses.push(prev ? { type: 'actor.update', id: e.actor, patch: stateOf(prev) } : { type: 'actor.delete', id: e.actor });
    }
    // Undone last first, as a batch's inverse is.
    out.push({ at: first.at, op: one(ops), inverse: one(inverses.reverse()), meeting: first.meeting ?? null });
    start = end;
  }
  return out;
}
