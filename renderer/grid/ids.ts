/** Short random ids for new actors and blocks; readable in the interchange file. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
