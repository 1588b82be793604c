import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The web app builds to static assets the Worker serves (wrangler.toml [assets]), in two separate
// builds: the respondent's page (respond.html) on its own, so a phone loads one script and one
// stylesheet with nothing shared with the organiser's pages, and every other page (index.html),
// each route its own chunk.
export default defineConfig({
  root: 'web',
  plugins: [preact()],
  build: {
    outDir: '../dist/web',
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
  environments: {
    client: { build: { emptyOutDir: true, rollupOptions: { input: 'web/index.html' } } },
    respond: { consumer: 'client', build: { emptyOutDir: false, copyPublicDir: false, rollupOptions: { input: 'web/respond.html' } } },
  },
  // Builds the environments above, in order, with `vite build`.
  builder: {},
});
