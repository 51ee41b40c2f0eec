// Runs sandboxed before the page: exposes window.kansli.invoke, which forwards a call over the
// single IPC channel and returns the envelope, and onQuitSync, which lets the page sync before
// Kansli quits. No ipcRenderer, no event objects and no Node reach the page. Imports only 'electron' and types, so the bundle stays small.
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, Envelope, Input, KansliApi, Output } from './api';
import { INVOKE_CHANNEL } from './shell/channel';
import { quitSyncPreload } from './shell/quitSync';

const api: KansliApi = {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Envelope<Output<K>>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input) as Promise<Envelope<Output<K>>>;
  },
  onQuitSync: quitSyncPreload(ipcRenderer),
};

contextBridge.exposeInMainWorld('kansli', Object.freeze(api));
