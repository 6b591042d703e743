/** The Content-Security-Policy both hosts send: nothing remote, no inline script, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Header that carries the loopback host's per-launch token. */
export const TOKEN_HEADER = 'x-powermap-token';

/**
 * Marks a loopback answer whose result is a string sent as the response's own text, not quoted in
 * JSON: a long journal's text (maps.journalText) is decoded for a fifth of what parsing it out of
 * a JSON string costs the page.
 */
export const TEXT_RESULT_HEADER = 'x-powermap-text-result';
