import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The web app builds to static assets the Worker serves (wrangler.toml [assets]), in separate
// builds: the respondent's page (respond.html) on its own, so a phone loads one script and one
// stylesheet with nothing shared with the organiser's pages; the organiser's preview of it
// (preview.html), so that what only the preview needs stays out of the respondent's bundle; and
// every other page (index.html), each route its own chunk.
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
    preview: { consumer: 'client', build: { emptyOutDir: false, copyPublicDir: false, rollupOptions: { input: 'web/preview.html' } } },
  },
  // Builds the environments above, in order, with `vite build`.
  builder: {},
});
