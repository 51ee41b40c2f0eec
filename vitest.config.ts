import { defineConfig } from 'vitest/config';

// Unit tests run in Node (repositories on fake-indexeddb); the end-to-end tests drive Chromium
// against the built app through the browser host, so they need `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Generous: end-to-end tests start servers and browsers, and CI machines are often loaded.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
