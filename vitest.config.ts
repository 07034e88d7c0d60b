import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules (tests/unit/, mirroring src/) and the content data (tests/content/): no build needed.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      {
        // The built site in dist/: fidelity of pages to sources, and real Chromium.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/serve-dist.ts', 'tests/helpers/zotero-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time is kinder to a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
