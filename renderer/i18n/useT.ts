import { useMemo } from 'react';
import { createTranslator, type Translate } from '../../shared/i18n';
import { useApp } from '../store';

const cache = new Map<string, Translate>();

export function translatorFor(lang: 'en' | 'es'): Translate {
  let t = cache.get(lang);
  if (!t) {
    t = createTranslator(lang);
    cache.set(lang, t);
  }
  return t;
}

/** The translator for the current UI language; re-renders when the language changes. */
export function useT(): Translate {
  const lang = useApp((s) => s.language);
  return useMemo(() => translatorFor(lang), [lang]);
}
