import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Destructuring to leave fields out (const { file, ...rest } = x) is the point, not an oversight.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    '.basepath/**',
    '.out-kept/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    '.bench/**',
    '.dev-preview/**',
  ]),
]);
