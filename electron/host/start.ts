// Entry point of dist-electron/host.cjs: the browser host alone, whatever Electron's state.
import { main } from './cli';

void main(process.argv.slice(2));
