import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app runs fully offline: nothing here may point at a CDN or a remote font.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    // Test hooks on `window` exist only in builds made for the browser tests.
    __CAREWEALTH_TEST_HOOKS__: JSON.stringify(mode === 'e2e' || process.env.CAREWEALTH_TEST_HOOKS === '1'),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // The editor, and the phone page of a live workshop (served at /j by the sync server).
      input: { main: 'index.html', join: 'join.html' },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/cytoscape')) return 'cytoscape';
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          if (id.includes('node_modules/graphology')) return 'graphology';
          return undefined;
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
