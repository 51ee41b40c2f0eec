// Binds the contract to ipcMain through a single channel. Every call is checked twice: who sent it
// (only the main frame of our own window, showing app://kansli) and what it carries (api.ts's zod
// schemas, in dispatch). A refused or failed call is a typed envelope, never a thrown error, so
// the renderer always gets an answer it can show.
import { dispatch, type Envelope, type Handlers } from './api';
import { APP_ENTRY_URL, isAllowedNavigation } from './security';
import { INVOKE_CHANNEL } from './shell/channel';

export { INVOKE_CHANNEL };

/** The parts of Electron's WebFrameMain that identify a frame. */
export type FrameLike = { url: string; parent: unknown; processId?: number; frameToken?: string };

/** The parts of Electron's IpcMainInvokeEvent that the checks read. */
export type InvokeEvent = {
  sender: unknown;
  senderFrame: FrameLike | null;
};

export type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope<unknown>>;

export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
}

/** The parts of a BrowserWindow that identify its page. */
export type WindowLike = {
  isDestroyed(): boolean;
  webContents: { mainFrame: FrameLike };
};

/** The same frame: the same object, or (should Electron hand out a new wrapper) the same token. */
function sameFrame(a: FrameLike, b: FrameLike): boolean {
  if (a === b) return true;
  return a.frameToken !== undefined && a.processId !== undefined && a.frameToken === b.frameToken && a.processId === b.processId;
}

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Anropet kom inte från Kanslis eget fönster och avvisades.' },
};

export function bindIpc(ipcMain: IpcMainLike, handlers: Handlers, isTrustedSender: (event: InvokeEvent) => boolean): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel, payload) => {
    let trusted: boolean;
    try {
      trusted = isTrustedSender(event);
    } catch {
      // A frame destroyed mid-call throws on access; treat it like any stranger.
      trusted = false;
    }
    if (!trusted) return forbidden;
    try {
      return await dispatch(handlers, channel, payload);
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Ett internt fel inträffade' } };
    }
  });
}

/**
 * Trusts a call only from the top frame of the given window (not an iframe, not another window),
 * and only while that frame shows the app itself.
 */
export function trustedSenderFor(getWindow: () => WindowLike | null | undefined): (event: InvokeEvent) => boolean {
  return (event) => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const contents = win.webContents as unknown;
    if (event.sender !== contents || !sameFrame(frame, win.webContents.mainFrame)) return false;
    return frame.url.startsWith(APP_ENTRY_URL) && isAllowedNavigation(frame.url);
  };
}
