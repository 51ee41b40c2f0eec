// The fingerprint of adjusted minutes: SHA-256 over canonical JSON, so the same content gives the
// same hash on every device and after every sync, whatever order the fields were stored in.
// Canonical JSON here follows RFC 8785 (JCS) for the values minutes hold (strings, integers,
// booleans, arrays, objects): object keys sorted by UTF-16 code units, no whitespace, undefined
// members left out, strings escaped as JSON.stringify does (which is what JCS prescribes).

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Ogiltigt tal i protokollet');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new Error(`Värdet kan inte ingå i protokollet (${typeof value})`);
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function contentHash(content: unknown): Promise<string> {
  return sha256Hex(canonicalJson(content));
}

/** "ab12 cd34 …": easier to read aloud and compare on paper. */
export function groupHash(hash: string): string {
  return hash.replace(/(.{8})(?=.)/g, '$1 ');
}
