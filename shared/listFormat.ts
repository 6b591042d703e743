/**
 * A list of names as the language says it: "Ana, Bob and Carla" / "Ana, Bob y Carla". A list of
 * people to move or to reach is read aloud in the room; a bare comma list reads like a fragment.
 */
export function joinNames(names: readonly string[], lang: string): string {
  // Building the formatter costs far more than using it: one per language, kept.
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    lists.set(lang, f);
  }
  return f.format(names);
}

const lists = new Map<string, Intl.ListFormat>();
