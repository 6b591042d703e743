/** The path to victory as every consumer sees it (DESIGN.md §4.1; the CLI's `--json` shape). */

/** One member moved toward ally, from column `from` to column `to` (0–4); it costs `to − from` steps. */
export interface PathStep {
  id: string;
  from: number;
  to: number;
}

export interface Path {
  /** In the map's order. */
  steps: PathStep[];
  /** Total column steps. */
  cost: number;
  /** P(adopt) once every step is taken. */
  pAdopt: number;
  /** False when no set of moves reaches the target; the steps are then the best possible. */
  reachable: boolean;
  /** True when the steps are proven least cost; false for the heuristic used on large bodies. */
  exact: boolean;
}
