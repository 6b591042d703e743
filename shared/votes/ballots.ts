/**
 * Per-member chance of a yes ballot and the Brier score of a recorded vote (DESIGN.md §10).
 *
 * P(yes ballot)_i = pPresent_i · (c·m_B + (1 − c)·pYes_i) for a member of block B with cohesion c,
 * where m_B is the mean pYes of B's members who are not recused; pPresent_i · pYes_i for a member
 * outside every block; 0 for a recused member.
 */
import type { Ballot } from '../memory/model';
import type { ProjectionInput } from '../projection';

/** Each member's chance of casting a yes ballot, by actor id, in the input's member order. */
export function yesBallotChances(input: ProjectionInput): Map<string, number> {
  const blockMeans = input.blocks.map((_, bi) => {
    const voting = input.members.filter((m) => m.block === bi && !m.recused);
    return voting.length ? voting.reduce((s, m) => s + m.pYes, 0) / voting.length : 0;
  });
  const out = new Map<string, number>();
  for (const m of input.members) {
    if (m.recused) {
      out.set(m.id, 0);
      continue;
    }
    const block = m.block === undefined ? undefined : input.blocks[m.block];
    const pYes = block ? block.cohesion * blockMeans[m.block!]! + (1 - block.cohesion) * m.pYes : m.pYes;
    out.set(m.id, m.pPresent * pYes);
  }
  return out;
}

/** Mean of (p − [ballot = yes])² over the pairs that have a chance; null when none has. */
export function brierScore(pairs: readonly { ballot: Ballot; pYesBallot: number | null }[]): number | null {
  const scored = pairs.filter((p): p is { ballot: Ballot; pYesBallot: number } => p.pYesBallot !== null);
  if (scored.length === 0) return null;
  return scored.reduce((s, p) => s + (p.pYesBallot - (p.ballot === 'yes' ? 1 : 0)) ** 2, 0) / scored.length;
}
