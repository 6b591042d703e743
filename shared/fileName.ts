/** A name as a file-name part any file system and email client accept: `Ward 3 — Núñez` → `ward-3-nunez`. */
export function slugify(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max);
}

/** A file name from the town and the (local) date: `winooski-2026-06-01.powermap`, `….png`. */
export function suggestedFileName(town: string, date: Date, ext = 'powermap'): string {
  const slug = slugify(town) || 'map';
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.${ext}`;
}
