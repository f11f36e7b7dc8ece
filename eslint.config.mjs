import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// The module-boundary rule keeps the arrows pointing one way: apps → domain libs → shared (db, platform).
// Tests (`*.spec.ts`) may also use the test harness (libs/testing: the FakeCloudProvider, tenants, real
// processes), whichever library they test; production code may not.
function moduleBoundaries({ testsMayUseHarness }) {
  const harness = testsMayUseHarness ? ['scope:testing'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      depConstraints: [
        { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', 'scope:testing'] },
        { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', ...harness] },
        { sourceTag: 'type:provider', onlyDependOnLibsWithTags: ['type:provider', 'scope:shared', ...harness] },
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', ...harness] },
        { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:app', 'scope:domain', 'scope:shared', 'scope:testing'] },
      ],
    },
  ];
}

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.next/**', 'libs/db/src/generated/**', 'apps/console/**', 'e2e/**', '**/*.mjs', '**/*.config.ts', '**/*.config.mts', '.nx/**', 'infra/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ testsMayUseHarness: false }),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ testsMayUseHarness: true }) },
  },
  {
    // Test helpers are for tests only.
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/test/**', 'libs/testing/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@tributary/testing', message: 'test helpers are for *.spec.ts and test/ folders only' }] }] },
  },
  {
    // Tests and test helpers read untyped JSON responses.
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
