import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CORE_LIBRARIES =
  /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|i18next|react-i18next|use-sync-external-store)[\\/]/;
// The API server's paths under /api. Not a bare '/api' prefix: in development the browser also
// fetches the app's own modules from /api/*.ts (src/web/api), which must not go to the server.
const api = { '^/api/(v1|docs|openapi)': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

/**
 * The web app lives in src/web and is built into dist/web, which the API server serves.
 * It also reads src/shared (contracts' types, locales, i18n catalogues), hence fs.allow.
 */
export default defineConfig({
  root: here('./src/web'),
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // scripts/check-bundle.ts reads the manifest to add the home page's lazy chunks to the budget.
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // The libraries every page needs, in one chunk that changes only when a dependency does:
        // returning visitors on slow lines re-download just the app's small chunks after a release.
        // Listed by name so a heavy library used by one lazy page (charts, maps) stays out of it.
        codeSplitting: { groups: [{ name: 'vendor', test: CORE_LIBRARIES }] },
      },
    },
  },
  server: { proxy: api, fs: { allow: [here('.')] } },
  preview: { proxy: api },
});
