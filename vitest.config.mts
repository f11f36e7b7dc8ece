import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC, not esbuild: Nest's dependency injection needs emitDecoratorMetadata (see shared TOOLCHAIN notes).
const libs = ['platform', 'catalog', 'access', 'db', 'accounts', 'clusters', 'provisioning', 'kafka-admin', 'metering', 'billing', 'testing', 'schema-registry'];

export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: Object.fromEntries(libs.map((l) => [`@tributary/${l}`, resolve(__dirname, `libs/${l}/src/index.ts`)])),
  },
  test: {
    include: ['apps/*/src/**/*.spec.ts', 'libs/*/src/**/*.spec.ts', 'prisma/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'apps/console/**'],
    environment: 'node',
    pool: 'forks',
    // Generous: real brokers start slowly on a loaded 2-core machine, and no test may fail on a timing.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ['libs/testing/src/global-setup.ts'],
    fileParallelism: false,
  },
});
