// `node dist-electron/host.cjs [--data DIR] [--port N] [--no-open]`: the browser host alone.
import { join } from 'node:path';
import { CliError, parseCli } from '../services/profile';
import { openInBrowser, runBrowserHost } from './run';
import { PortInUseError } from './server';

export async function main(argv: string[], why?: string): Promise<void> {
  let opts;
  try {
    opts = parseCli(argv);
  } catch (err) {
    if (err instanceof CliError) {
      console.error(`Kansli: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const rendererDir = join(__dirname, '..', 'dist', 'renderer');
  try {
    const host = await runBrowserHost(opts, rendererDir, process.env.npm_package_version ?? '0.1.0');
    console.log(`${why ? why + ' ' : ''}Kansli körs i webbläsaren på ${host.url} (profil: ${host.dataDir}).`);
    if (opts.open) openInBrowser(host.url);
    const stop = () => void host.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    if (err instanceof PortInUseError) {
      console.error(`Kansli: ${err.message}`);
      process.exit(3);
    }
    throw err;
  }
}

