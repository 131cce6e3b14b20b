// Builds the renderer (React UI) into dist/, loaded by Electron from file:// and served by the web host,
// so every asset path is relative (base './'). Workers are ES modules (the checks worker imports shared/).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
});
