// The static shell's script: built on its own (vite.config.ts) and loaded with `defer blocking="render"`,
// so it runs once the page is parsed and before the first paint. See ui/shellScript.ts.
import { startShell } from './ui/shellScript';

window.kansliShell = startShell(document, window);
