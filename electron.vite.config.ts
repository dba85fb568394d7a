import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Main and preload are CommonJS: a sandboxed preload can only be a single CJS file, and a CJS main
// bundle can be loaded under plain Node with a stubbed `electron` module in tests.
export default defineConfig({
  main: {
    build: {
      // keytar is an optional dependency (not externalized by default); bundling it would copy a .node
      // binary built for Node into out/ where electron-builder cannot rebuild it for Electron.
      externalizeDeps: { exclude: ['zod'], include: ['keytar'] },
      rollupOptions: {
        input: { index: resolve('src/main/electron/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      // Bundle zod and src/shared into the preload: a sandboxed preload may only require 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: {
      // electron-vite leaves renderer output unminified; the bundle budget (architecture §6) needs it.
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
