// File-system failures as messages an officer can act on. The shared folder is often a network
// drive, a cloud folder or a USB stick, so "it is gone" and "it is full" are ordinary events.
import { KansliServiceError } from '../../api';

export function fsError(err: unknown, what: string): KansliServiceError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new KansliServiceError('not-found', `Mappen för ${what} finns inte. Är nätverksenheten, molnmappen eller USB-minnet anslutet?`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new KansliServiceError('internal', `Disken är full – ${what} kunde inte sparas. Ingenting har ändrats.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new KansliServiceError('forbidden', `Kansli får inte skriva ${what} i mappen (skrivskyddad eller saknar behörighet). Ingenting har ändrats.`);
    case 'EBUSY':
      return new KansliServiceError('internal', `Ett annat program håller ${what} öppen (till exempel ett antivirusprogram). Försök igen om en stund.`);
    case 'EISDIR':
      return new KansliServiceError('invalid-payload', `Sökvägen är en mapp, inte en fil. Ange ett filnamn för ${what}.`);
    default:
      return new KansliServiceError('internal', `${what[0]!.toUpperCase()}${what.slice(1)} kunde inte läsas eller skrivas (${code ?? 'okänt fel'}). Ingenting har ändrats.`);
  }
}
