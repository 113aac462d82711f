import { createRequire } from 'node:module'
import Module from 'node:module'

// TypeScript 7 (the native compiler used by `tsc`) has no JavaScript API, and typescript-eslint
// needs one. ESLint's parser therefore loads TypeScript 6 from the `typescript-6-for-eslint`
// alias; everything else in the project, the type check included, uses TypeScript 7.
const require = createRequire(import.meta.url)
const typescript6 = require.resolve('typescript-6-for-eslint')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript6 : resolveFilename.call(this, request, ...rest)
}

const { default: nextCoreWebVitals } = await import('eslint-config-next/core-web-vitals')
const { default: nextTypescript } = await import('eslint-config-next/typescript')

const uiImports = [
  { name: 'react', message: 'lib/ is pure TypeScript: no React. Put UI in components/.' },
  { name: 'react-dom', message: 'lib/ is pure TypeScript: no React. Put UI in components/.' },
  { name: 'next', message: 'lib/ must not depend on Next.js.' },
  { name: 'zustand', message: 'lib/ has no stores; stores live in components/.' },
]
const uiPatterns = [
  { group: ['react/*', 'react-dom/*'], message: 'lib/ is pure TypeScript: no React.' },
  { group: ['next/*', 'next-intl', 'next-intl/*'], message: 'lib/ must not depend on Next.js.' },
  { group: ['zustand/*'], message: 'lib/ has no stores; stores live in components/.' },
  { group: ['@/components/*', '@/app/*', '@/i18n/*', '**/components/**', '**/app/**'], message: 'lib/ must not import UI or routes.' },
]

const config = [
  // The same build folders .gitignore leaves out, including those a NEXT_DIST_DIR build writes.
  { ignores: ['.next/**', '.next-*/**', 'out/**', 'out-*/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.scaffold-check/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: uiImports, patterns: uiPatterns }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*'], message: 'components/ must not import routes.' }] }],
    },
  },
]

export default config
