import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The web app builds to static assets the Worker serves (wrangler.toml [assets]).
export default defineConfig({
  root: 'web',
  plugins: [preact()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Every route is its own chunk, so a respondent's phone loads only the survey.
    modulePreload: { polyfill: false },
  },
});
