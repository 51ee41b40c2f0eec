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
  kind: z.enum(['minutes', 'press-release', 'invoice', 'member-list', 'bylaws', 'notice']),
  org: z.object({ name: z.string().max(500) }).passthrough(),
  data: z.unknown(),
});

const pdfHandlers = {
  'pdf:render': { input: pdfRequest, output: bytes },
};

// ---- the whole contract -----------------------------------------------------------------------

export const contract = {
  ...appHandlers,
  ...settingsHandlers,
  ...shellHandlers,
  ...pdfHandlers,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type Output<K extends Channel> = z.output<Contract[K]['output']>;

/** What preload exposes as window.kansli. */
export interface KansliApi {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Envelope<Output<K>>>;
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
