// Applied to every WebContents and session Electron creates: the window never leaves the app's
// own pages, never opens another window, never embeds a <webview>, and gets no permission beyond
// the few in security.ts. Safe web and mail links go to the user's browser or mail program.
import type { Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAllowedNavigation, isPermissionGranted, isSafeExternalUrl } from '../security';

export type OpenExternal = (url: string) => Promise<void>;

/** Hands a safe link to the operating system; returns whether it did. Never throws. */
export function openSafeExternal(url: string, open: OpenExternal): boolean {
  if (!isSafeExternalUrl(url)) return false;
  open(url).catch(() => {
    // No browser or mail program registered: nothing more the app can do.
  });
  return true;
}

type Preventable = { preventDefault(): void };

/** will-navigate / will-redirect: stay on app://kansli; a clicked web link opens outside instead. */
export function guardNavigation(event: Preventable, url: string, open: OpenExternal): void {
  if (isAllowedNavigation(url)) return;
  event.preventDefault();
  openSafeExternal(url, open);
}

/** window.open and target=_blank: never a new Electron window. */
export function windowOpenHandler(open: OpenExternal): (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse {
  return ({ url }) => {
    openSafeExternal(url, open);
    return { action: 'deny' };
  };
}

export function hardenWebContents(contents: WebContents, open: OpenExternal): void {
  contents.on('will-navigate', (event: Event, url: string) => guardNavigation(event, url, open));
  contents.on('will-redirect', (event: Event, url: string) => guardNavigation(event, url, open));
  // Sub-frames only: for the main frame this fires before will-navigate, and refusing it here
  // would keep will-navigate from handing a clicked web link to the browser.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(open));
}

type RequestDetails = { requestingUrl?: string };

/** Denies every permission request and check except the granted few, for the app's origin only. */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details: RequestDetails) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  // Device pickers (USB, HID, serial, Bluetooth) are never needed: refuse them outright.
  session.setDevicePermissionHandler(() => false);
}
