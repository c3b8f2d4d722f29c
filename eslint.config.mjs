import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import simpleImportSort from 'eslint-plugin-simple-import-sort';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // Destructuring to leave fields out (const { file, ...rest } = x) is the point, not an oversight.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'import/no-duplicates': 'error',
    },
  },
  {
    // lib/ is plain TypeScript that scripts, tests and the browser run too: Next.js and React stay out.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next', 'next/*', '@next/*'],
              message: 'lib/ does not depend on Next.js; put this in app/_lib/.',
            },
            { group: ['react', 'react-dom', 'react/*'], message: 'lib/ renders nothing; put this in components/.' },
            { group: ['@/components/*', '**/components/*'], message: 'lib/ does not import components.' },
            { group: ['@/app/*', '**/app/*'], message: 'lib/ does not import routes.' },
          ],
        },
      ],
    },
  },
  {
    // Pages and components show a region's texts as the page context hands them over, already
    // localised: they look no translation up themselves.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/content/translations',
              importNames: ['translationOf', 'regionEntryStates', 'entryStates'],
              message: 'Read the localised region from the page context (page.region(slug), page.regions).',
            },
            {
              name: '@/lib/content/translatable',
              importNames: ['translatableTexts', 'mapTranslatable', 'textHash', 'bodyPath'],
              message: 'Read the localised region from the page context (page.region(slug), page.regions).',
            },
            {
              name: '@/lib/content/localise',
              importNames: ['localiseRegion', 'localiseContent'],
              message: 'The page context localises the regions once: page.region(slug), page.regions.',
            },
          ],
        },
      ],
    },
  },
  {
    // A page shows a region's texts as the page context hands them over, already localised
    // (lib/content/localise.ts): nothing outside the content module builds a translation's path. The
    // dictionary comes with that context too, so no component takes it as a prop of its own.
    files: ['app/**', 'components/**', 'lib/*.ts', 'lib/places/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'TemplateLiteral > TemplateElement:first-child[value.raw=/^(summary|charter|plans|commitments|bodies|partners|projects|figures|tools|contacts|sources|changes)\\./]',
          message:
            "This builds a translation's path. Read the text from the localised region instead (page.region(slug), page.regions).",
        },
        {
          selector: "JSXAttribute[name.name='t']",
          message: 'Hand the component the page context (page={page}) and let it read page.t.',
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    '.basepath/**',
    '.scale/**',
    '.out-kept/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    '.bench/**',
    '.dev-preview/**',
    '.editor-test/**',
    // The web editor's code, copied and bundled by scripts/editor-files.ts.
    'public/admin/decap/**',
    'public/admin/editor.js',
  ]),
]);
