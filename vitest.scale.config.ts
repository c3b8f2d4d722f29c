import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

// The tests of the synthetic site above the list limit, which scripts/build-scale.ts builds first.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: { include: ['tests/scale/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
