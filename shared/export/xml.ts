/** Escaping for text placed in SVG/HTML, so a name such as `<img onerror=…>` stays literal text. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Control characters other than tab/newline are not allowed in XML 1.0 at all.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Embedded data that no well-formed XML document could hold. */
export class EmbeddedMapDamaged extends Error {}

/** A character XML 1.0 allows: not NUL, not a lone surrogate, not past U+10FFFF. */
const xmlChar = (cp: number) => cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;

/** The inverse of `escapeXml` plus numeric references, for reading back embedded data. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const r = ref.toLowerCase();
    if (r.startsWith('#')) {
      const cp = r.startsWith('#x') ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
      if (!xmlChar(cp)) throw new EmbeddedMapDamaged(`no such character: &${ref};`);
      return String.fromCodePoint(cp);
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[r]!;
  });
}
