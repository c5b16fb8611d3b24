// Next's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's recommended
// rules. Formatting is Prettier's business (`npm run format:check`), not ESLint's.
import nextVitals from 'eslint-config-next/core-web-vitals';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `const { omitted: _, ...rest } = value` is how an object loses a key.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // No React runs here: a helper named use… (useBrowser) is a test fixture, not a hook.
    files: ['tests/**', 'scripts/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // floating-ui's `refs.setFloating` is a callback ref, which the rule takes for reading a ref during render.
    files: ['components/reader/word-popover.tsx'],
    rules: { 'react-hooks/refs': 'off' },
  },
  globalIgnores(['.next/**', '.cache/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'tmp/**']),
]);
