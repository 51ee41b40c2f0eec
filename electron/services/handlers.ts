// The services behind the contract, shared by Electron's IPC and the browser host. What differs
// between the two shells (how to open a link, what the app is) is passed in.
import type { AppInfo, Handlers } from '../api';
import type { SettingsService } from './settings';
import { renderPdf } from './pdf';
import { createSyncHandlers } from './sync';

export type ShellEnv = {
  info: AppInfo;
  openExternal(url: string): Promise<boolean>;
};

export function createHandlers(settings: SettingsService, env: ShellEnv): Handlers {
  return {
    ...createSyncHandlers(),
    'app:info': () => env.info,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'shell:openExternal': (url) => env.openExternal(url),
    'pdf:render': (request) => renderPdf(request as Parameters<typeof renderPdf>[0]),
  };
}
