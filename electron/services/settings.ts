// This computer's own settings (never synced): the local user, device id, language, theme,
// window state, the sync file's path. Backed by electron-store inside Electron and by conf
// (the library under it) elsewhere; both expose the same get/set, which is all this needs.
import { randomUUID } from 'node:crypto';
import Conf from 'conf';
import { localSettings, localSettingsPatch, windowState, type LocalSettings, type LocalSettingsPatch } from '../api';
import type { z } from 'zod';

export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const SETTINGS_FILE = 'settings';

/** conf, stored as settings.json in the profile's data directory. */
export function openConfStore(dataDir: string): KeyValueStore {
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: SETTINGS_FILE, projectName: 'kansli', projectSuffix: '' });
}

const defaults = (): Omit<LocalSettings, 'deviceId'> => ({ userName: '', boardRole: '', language: 'sv', theme: 'system' });

export class SettingsService {
  constructor(private readonly store: KeyValueStore) {}

  get(): LocalSettings {
    const stored = this.store.get('local');
    const candidate = { ...defaults(), ...(isObject(stored) ? stored : {}) };
    const parsed = localSettings.safeParse(candidate);
    if (parsed.success) return parsed.data;
    // A damaged or hand-edited file: keep what is valid field by field, never lose the device id.
    const repaired: Record<string, unknown> = { ...defaults() };
    for (const [key, value] of Object.entries(candidate)) {
      const field = (localSettings.shape as Record<string, z.ZodType>)[key];
      if (field?.safeParse(value).success) repaired[key] = value;
    }
    if (typeof repaired.deviceId !== 'string' || !localSettings.shape.deviceId.safeParse(repaired.deviceId).success) {
      repaired.deviceId = randomUUID();
    }
    const fixed = localSettings.parse(repaired);
    this.store.set('local', fixed);
    return fixed;
  }

  update(patch: LocalSettingsPatch): LocalSettings {
    const clean = localSettingsPatch.parse(patch);
    const next = localSettings.parse({ ...this.get(), ...clean });
    this.store.set('local', next);
    return next;
  }

  setWindow(state: z.input<typeof windowState>): void {
    const next = localSettings.parse({ ...this.get(), window: windowState.parse(state) });
    this.store.set('local', next);
  }

  /** The browser host's port for this profile: IndexedDB is per origin, so it must not change. */
  hostPort(): number | undefined {
    const port = this.store.get('host.port');
    return typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
  }

  setHostPort(port: number): void {
    this.store.set('host.port', port);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
