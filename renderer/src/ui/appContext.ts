import { createContext, useContext } from 'react';
import type { AppInfo, LocalSettings, LocalSettingsPatch } from '../../../electron/api';
import type { Repositories } from '../db/open';

export type AppState = {
  info: AppInfo;
  repos: Repositories;
  settings: LocalSettings;
  updateSettings(patch: LocalSettingsPatch): Promise<void>;
  persisted: boolean;
};

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppContext');
  return state;
}
