/**
 * The slides' stylesheet, shared with the PDF deck. The page's CSP forbids inline <style>, but not a
 * constructed stylesheet adopted by the document, so the screen uses the very same rules.
 */
import { DECK_CSS } from '../../shared/present/deck';

let sheet: CSSStyleSheet | null = null;

export function adoptDeckStyles(): () => void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return () => {};
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(DECK_CSS);
  const own = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
  };
}
