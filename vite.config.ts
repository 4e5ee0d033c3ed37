import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const api = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

/**
 * The web app lives in src/web and is built into dist/web, which the API server serves.
 * It also reads src/shared (contracts' types, locales, i18n catalogues), hence fs.allow.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // scripts/check-bundle.ts reads the manifest to add the home page's lazy chunks to the budget.
    manifest: true,
    target: 'es2022',
    // Keep every route and every catalogue in its own small file: slow connections pay per byte.
    assetsInlineLimit: 2048,
  },
  server: { proxy: api, fs: { allow: [repoRoot] } },
  preview: { proxy: api },
});
