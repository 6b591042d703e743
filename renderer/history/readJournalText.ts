/** The open map's whole journal as text, read a page per call (maps.journalText). */
import type { Result } from '../../shared/contract';
import type { JournalText } from '../../shared/history/types';
import { api } from '../api/client';

export async function readJournalText(docId: string): Promise<Result<JournalText>> {
  const pages: string[] = [];
  let after = 0;
  let upTo: number | undefined;
  for (;;) {
    const r = await api()['maps.journalText']({ docId, after, ...(upTo === undefined ? {} : { upTo }) });
    if (!r.ok) return r;
    pages.push(r.value.text);
    if (r.value.done) return { ok: true, value: pages };
    after = r.value.last;
    upTo = r.value.upTo;
  }
}
