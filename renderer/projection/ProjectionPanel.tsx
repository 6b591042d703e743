/** The vote-count projection panel (placeholder until the projection panel lands). */
export function ProjectionPanel() {
  return null;
}
