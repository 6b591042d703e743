/** The power-map grid (placeholder until the grid lands). */
export function GridView() {
  return null;
}
