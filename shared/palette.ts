/**
 * Colours shared by the on-screen grid and every export, chosen to stay apart for colour-blind
 * viewers (Okabe–Ito based) and to survive a washed-out projector. Meaning is never carried by
 * colour alone: columns are labelled and kinds have distinct shapes.
 */
export const PALETTE = {
  /** Column shading, active opponent → active ally (light tints, so labels and dots stay readable). */
  columns: ['#f6d5c4', '#fbe9dc', '#eeeeee', '#d9e8f5', '#c3dcf0'] as const,
  /** Strong versions of the column colours, for bars, markers and legends. */
  columnInk: ['#c2410c', '#e69f00', '#7a7a7a', '#56b4e9', '#0072b2'] as const,
  decisionMaker: '#1d3557',
  influencer: '#cc79a7',
  block: '#009e73',
  link: '#5b6575',
  selection: '#f2b01e',
  ink: '#1d2430',
  muted: '#5b6575',
  paper: '#ffffff',
} as const;
