// THE contract between the renderer and the Node side. One section per area; every payload has a
// zod schema, and the types the renderer sees are inferred from those schemas, so a channel's
// argument and result types come from exactly one place (after Actual Budget's handler maps).
// This file is imported by the renderer too: it must stay free of Node modules.
import { z } from 'zod';

// ---- shared -----------------------------------------------------------------------------------

export const errorCodes = ['invalid-payload', 'unknown-method', 'forbidden', 'not-found', 'internal'] as const;
export type KansliErrorCode = (typeof errorCodes)[number];
export type KansliError = { code: KansliErrorCode; message: string; issues?: string[] };
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: KansliError };

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Väntade binära data');

// ---- app ---------------------------------------------------------------------------------------

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;

const appHandlers = {
  'app:info': { input: z.undefined(), output: appInfo },
};

// ---- settings (this computer only) ------------------------------------------------------------

export const languages = ['sv', 'en'] as const;
export const themes = ['system', 'light', 'dark'] as const;

export const windowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});

export const localSettings = z.object({
  deviceId: z.string().uuid(),
  userName: z.string().max(200),
  boardRole: z.string().max(200),
  language: z.enum(languages),
  theme: z.enum(themes),
  window: windowState.optional(),
  syncFilePath: z.string().max(4096).optional(),
});
export type LocalSettings = z.infer<typeof localSettings>;

/** What the renderer may change: everything but the device id, which is this computer's identity. */
export const localSettingsPatch = localSettings.omit({ deviceId: true, window: true }).partial().strict();
export type LocalSettingsPatch = z.infer<typeof localSettingsPatch>;

const settingsHandlers = {
  'settings:get': { input: z.undefined(), output: localSettings },
  'settings:update': { input: localSettingsPatch, output: localSettings },
};

// ---- shell -------------------------------------------------------------------------------------

/** Only web and mail links leave the app; file:, javascript: and custom schemes never do. */
export const externalUrl = z
  .string()
  .max(2048)
  .refine((s) => {
    try {
      const u = new URL(s);
      return ['http:', 'https:', 'mailto:'].includes(u.protocol);
    } catch {
      return false;
    }
  }, 'Endast http-, https- och mailto-länkar kan öppnas');

const shellHandlers = {
  'shell:openExternal': { input: externalUrl, output: z.boolean() },
};

// ---- documents ---------------------------------------------------------------------------------

// The PDF models are validated loosely here (a kind and two objects) and in full by the renderer
// for each kind in electron/services/pdf, which owns them.
export const pdfRequest = z.object({
  kind: z.enum(['minutes', 'press-release', 'invoice', 'member-list', 'bylaws', 'notice', 'register-extract', 'attendance-list']),
  org: z.object({ name: z.string().max(500) }).passthrough(),
  data: z.unknown(),
});

const pdfHandlers = {
  'pdf:render': { input: pdfRequest, output: bytes },
};

// ---- sync and backups --------------------------------------------------------------------------

// Paths come from a text field the officer fills in: whole paths only (a relative one would depend
// on where Kansli was started), never a NUL byte (it cuts a path short in the OS). The shared file
// must end in .kansli and a backup in .kansli-backup, so these channels cannot be used to read or
// overwrite any other file on the computer.
const isAbsolutePath = (p: string) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\)/.test(p);
const absolutePath = z
  .string()
  .min(1, 'Ange en sökväg')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'Sökvägen innehåller ett ogiltigt tecken')
  .refine(isAbsolutePath, 'Ange hela sökvägen, till exempel /home/karin/Dropbox/Styrelsen/forening.kansli eller C:\\Users\\Karin\\OneDrive\\forening.kansli');
export const SYNC_FILE_EXT = '.kansli';
export const BACKUP_FILE_EXT = '.kansli-backup';
export const syncFilePath = absolutePath.refine((p) => p.toLowerCase().endsWith(SYNC_FILE_EXT), 'Synkfilens namn ska sluta på .kansli');
const backupFilePath = absolutePath.refine((p) => p.toLowerCase().endsWith(BACKUP_FILE_EXT), 'En säkerhetskopia slutar på .kansli-backup');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().max(40);

const fileRead = z.object({ bytes, hash: sha256Hex, size: z.number().int().nonnegative(), modifiedAt: isoTime });
export const sharedRead = z.object({ main: fileRead.nullable(), copies: z.array(fileRead.extend({ name: z.string().max(1024) })) });
export type SharedRead = z.infer<typeof sharedRead>;

/** A piece of a new sync file: new bytes, or a range of the file it replaces (an unchanged segment). */
const filePart = z.union([bytes, z.object({ offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() })]);
export const syncWrite = z.object({
  path: syncFilePath,
  /** The whole new file; or `parts`, composed on the Node side from the base file. */
  bytes: bytes.optional(),
  parts: z.array(filePart).max(100_000).optional(),
  expectedBaseHash: sha256Hex.nullable(),
  /** Conflict copies (file names in the same folder) that this write has merged in, to archive. */
  archive: z.array(z.string().max(1024)).max(100).optional(),
  keepGenerations: z.number().int().min(1).max(100).optional(),
}).refine((w) => (w.bytes !== undefined) !== (w.parts !== undefined && w.parts.length > 0), 'Ange antingen filens innehåll eller dess delar');
export const syncWriteResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), hash: sha256Hex, generations: z.number().int() }),
  z.object({ status: z.literal('changed'), hash: sha256Hex.nullable() }),
]);
export type SyncWriteResult = z.infer<typeof syncWriteResult>;

export const syncLockResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), token: z.string(), tookOverStale: z.boolean() }),
  z.object({ ok: z.literal(false), heldBy: z.object({ name: z.string(), host: z.string(), since: z.string() }) }),
]);
export type SyncLockResult = z.infer<typeof syncLockResult>;

export const backupEntry = z.object({ name: z.string(), path: z.string(), size: z.number().int(), modifiedAt: isoTime });
export type BackupEntry = z.infer<typeof backupEntry>;

export const syncRanges = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), parts: z.array(bytes) }),
  z.object({ status: z.literal('changed'), hash: sha256Hex.nullable() }),
]);
export type SyncRanges = z.infer<typeof syncRanges>;

const syncHandlers = {
  /** `head`: send only the file's first bytes (its header); the hash and size are of the whole file. */
  'sync:read': { input: z.object({ path: syncFilePath, head: z.number().int().positive().optional() }), output: sharedRead },
  /** Byte ranges of the shared file, if it is still the version with `hash`. */
  'sync:readRanges': {
    input: z.object({ path: syncFilePath, hash: sha256Hex, ranges: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(100_000) }),
    output: syncRanges,
  },
  'sync:write': { input: syncWrite, output: syncWriteResult },
  'sync:lock': {
    input: z.object({ path: syncFilePath, owner: z.object({ deviceId: z.string().uuid(), name: z.string().max(200) }) }),
    output: syncLockResult,
  },
  'sync:unlock': { input: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) }), output: z.boolean() },
  /** After a GDPR erasure: delete the kept generations and archived copies beside the shared file. */
  'sync:purge': { input: z.object({ path: syncFilePath }), output: z.object({ removed: z.number().int().nonnegative() }) },
  'backup:write': { input: z.object({ dir: absolutePath, bytes, keep: z.number().int().min(1).max(365) }), output: backupEntry },
  'backup:list': { input: z.object({ dir: absolutePath }), output: z.array(backupEntry) },
  'backup:read': { input: z.object({ path: backupFilePath }), output: bytes },
};

// ---- the whole contract -----------------------------------------------------------------------

export const contract = {
  ...appHandlers,
  ...settingsHandlers,
  ...shellHandlers,
  ...pdfHandlers,
  ...syncHandlers,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type Output<K extends Channel> = z.output<Contract[K]['output']>;

/** What preload exposes as window.kansli. */
export interface KansliApi {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Envelope<Output<K>>>;
  /** Electron only: the handler runs when Kansli is about to quit (sync "vid avslut"). */
  onQuitSync?(handler: () => Promise<void>): void;
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export type Handlers = { [K in Channel]: (input: z.output<Contract[K]['input']>) => Promise<Output<K>> | Output<K> };

/**
 * Validates and dispatches one call. Used by both the Electron IPC binding and the HTTP host, so
 * a malformed call is refused the same way on both: a typed error, never a thrown exception.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknown-method', message: `Okänt anrop: ${String(channel).slice(0, 80)}` } };
  const parsed = contract[channel].input.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-payload',
        message: `Ogiltiga data för ${channel}`,
        issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(värde)'}: ${i.message}`),
      },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof KansliServiceError) return { ok: false, error: { code: err.code, message: err.message } };
    // The message of an unexpected error may quote personal data; only its kind is returned.
    return { ok: false, error: { code: 'internal', message: 'Ett internt fel inträffade' } };
  }
}

/** A service throws this to return a specific, user-readable error. */
export class KansliServiceError extends Error {
  constructor(
    readonly code: KansliErrorCode,
    message: string,
  ) {
    super(message);
  }
}
