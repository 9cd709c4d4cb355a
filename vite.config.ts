/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './csp-plugin.ts';

export default defineConfig({
  plugins: [
    react(),
    cspPlugin(),
    VitePWA({
      // The app asks before updating, so an open claim is never reloaded away.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Visit-to-Claim',
        short_name: 'Visit-to-Claim',
        description: 'Home health visits in, coded UB-04 claim lines and findings out.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        clientsClaim: true,
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // csp-plugin.ts sends the built page's Content-Security-Policy as a header.
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  test: {
    css: false,
    // One worker per core: vitest's default leaves one idle (the main process mostly waits), which
    // on a 2-core machine ran the files one at a time.
    maxWorkers: '100%',
    // Where a test runs follows from its file, so a new one lands right without a comment:
    // component tests (*.test.tsx) and the tests of browser-bound modules (test/state: storage;
    // test/components: service worker, address) in jsdom; every other test (engine, data,
    // command line, pure feature logic) in Node, which starts several times faster.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/state/**', 'test/components/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          // A component test drives the whole calculator key by key (user-event, the engine on
          // every keystroke); on a busy 2-core machine one can take longer than vitest's 5 s.
          testTimeout: 20_000,
          setupFiles: ['./test/setup.ts'],
          include: ['test/**/*.test.tsx', 'test/{state,components}/**/*.test.ts'],
        },
      },
    ],
  },
});
