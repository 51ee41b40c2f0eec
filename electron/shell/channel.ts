// The one IPC channel between preload and main. Its own file so the sandboxed preload bundle can
// import it without pulling in zod and the contract's runtime code.
export const INVOKE_CHANNEL = 'kansli:invoke';
