/** An export's file name from the town and the date: `winooski-2026-06-01.png`. */
export function exportFileName(town: string, date: Date, ext: string): string {
  const slug =
    town
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'map';
  const d = date;
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.${ext}`;
}
