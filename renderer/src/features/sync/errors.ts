// Any failure of a sync or backup, worded for the officer in her language.
import { SyncFileError } from '../../domain/sync/errors';
import { BridgeError } from '../../platform/bridge';
import { BusyError } from './session';
import type { SyncMessage } from './messages';

export function describeError(err: unknown, t: (key: SyncMessage) => string): string {
  if (err instanceof SyncFileError) return t(`err.${err.code}`);
  if (err instanceof BusyError) return t('err.busy');
  if (err instanceof BridgeError && err.error.issues?.length) {
    // A refused path: zod's message says what is wrong with it.
    return err.error.issues.map((i) => i.replace(/^[\w.]+: /, '')).join(' ');
  }
  if (err instanceof Error) return err.message;
  return String(err);
}
