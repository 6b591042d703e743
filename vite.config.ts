import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once into dist/renderer; Electron loads it from disk and the loopback
// host serves it, so `base` is relative and nothing is fetched from anywhere else.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The derived-figures worker (renderer/derived/) is an ES module, like the page.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
