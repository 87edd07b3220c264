import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The app runs fully offline: nothing here may point at a CDN or a remote font. It is built with
// a relative base, so the same folder works from any static host and any sub-path, and as an
// installable web app: a manifest and a service worker (vite-plugin-pwa, Workbox) that keeps every
// file of the build, basemap, fonts and sample map included, so after one visit it opens with no
// network. A new build waits until the person accepts it (src/app/UpdatePrompt.tsx).
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      // Registered by UpdatePrompt through virtual:pwa-register/react.
      injectRegister: false,
      // The icon is among the build's files already (globPatterns).
      includeManifestIcons: false,
      manifest: {
        name: 'Carewealth',
        short_name: 'Carewealth',
        description:
          "Map a neighbourhood's care wealth: the formal and informal care that flows between people, groups, spaces and organisations.",
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#2f6fb0',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Every file of the build: code, styles, the offline basemap, the fonts, the sample map.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,json,geojson,txt}'],
        // The basemap's land file is about 4 MB and the map library's chunk about 1 MB.
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
