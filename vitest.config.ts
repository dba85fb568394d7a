import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import './tests/setup/node20-polyfills';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Native modules (better-sqlite3, keytar) and child processes are safer in forked workers.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    restoreMocks: true,
    setupFiles: ['tests/setup/node20-polyfills.ts'],
  },
});
