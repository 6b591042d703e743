import { listFormat } from './intlFormats';

/**
 * A list of names as the language says it: "Ana, Bob and Carla" / "Ana, Bob y Carla". A list of
 * people to move or to reach is read aloud in the room; a bare comma list reads like a fragment.
 */
export function joinNames(names: readonly string[], lang: string): string {
  return listFormat(lang, { style: 'long', type: 'conjunction' }).format(names);
}
