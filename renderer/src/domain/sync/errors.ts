// Why a sync or backup file could not be used. The code is what the UI words for the user (in
// Swedish or English); the Swedish text here is the fallback. Each means: nothing was changed.
export type SyncFileErrorCode = 'foreign' | 'truncated' | 'damaged' | 'newer' | 'needs-passphrase' | 'wrong-passphrase';

const MESSAGES: Record<SyncFileErrorCode, string> = {
  foreign: 'Filen är ingen synkfil från Kansli.',
  truncated: 'Filen är avkortad – den kan ha kopierats ofullständigt. Ingenting har ändrats.',
  damaged: 'Filen är skadad och kan inte läsas. Ingenting har ändrats.',
  newer: 'Filen har skrivits av en nyare version av Kansli. Uppdatera Kansli och försök igen.',
  'needs-passphrase': 'Filen är krypterad. Ange lösenfrasen.',
  'wrong-passphrase': 'Fel lösenfras. Ingenting har ändrats.',
};

export class SyncFileError extends Error {
  constructor(
    readonly code: SyncFileErrorCode,
    readonly detail?: string,
  ) {
    super(MESSAGES[code]);
    this.name = 'SyncFileError';
  }
}
