/** A file name from the town and the (local) date: `winooski-2026-06-01.powermap`, `….png`. */
export function suggestedFileName(town: string, date: Date, ext = 'powermap'): string {
  const slug =
    town
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'map';
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.${ext}`;
}
