/**
 * The renderer is served from a privileged custom scheme, never `file://` and never the network, so
 * the page has one fixed origin that the IPC sender check and the navigation guard can trust.
 */
/** The app's identity for the OS (Windows taskbar and Jump List); electron-builder.yml's appId. */
export const APP_ID = 'org.powermap.desktop';

export const APP_SCHEME = 'app';
export const APP_HOST = 'powermap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE = `${APP_ORIGIN}/index.html`;

/** The page, told to open a map (by its opaque recent-maps key) once it has started. */
export function appPageUrl(openKey?: string): string {
  return openKey ? `${APP_PAGE}#open=${encodeURIComponent(openKey)}` : APP_PAGE;
}

/** True only for our own page: same scheme and host, whatever the path, query or fragment. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '' && u.port === '';
  } catch {
    return false;
  }
}
