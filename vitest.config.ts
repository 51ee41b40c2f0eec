import { defineConfig } from 'vitest/config';

// Unit tests run in Node (repositories on fake-indexeddb); the end-to-end tests drive Chromium
// against the built app through the browser host, so they need `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
