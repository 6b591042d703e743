/** Taking a snapshot: one undoable, journaled operation naming this moment. */
import type { Language } from '../../shared/contract';
import { newId } from '../grid/ids';
import { useApp } from '../store';
import { dateFormat, localeOf } from '../../shared/intlFormats';

export function takeSnapshot(name: string, at: Date = new Date()): Promise<boolean> {
  return useApp.getState().perform({ type: 'snapshot.add', snapshot: { id: newId('s'), name, at: at.toISOString() } });
}

/** A snapshot's moment, where the user is: "Nov 3, 2026, 6:30 PM" / "3 nov 2026, 18:30". */
export function momentText(at: string, lang: Language): string {
  return dateFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}
