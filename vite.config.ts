/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

/** The icons' background (public/, scripts/make-icons.mjs): the splash screen and the installed app's title bar. */
const ICON_BACKGROUND = '#14171b';

/** The page's entry: what it imports statically is the first screen. */
const PAGE_ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
const firstScreens = new WeakMap<object, Set<string>>();

/**
 * Every module the page's entry imports statically, in one chunk ('first-screen'); what loads on demand
 * (the theory lab's views, the menus' items, another language) stays in its own chunks. Left alone,
 * Rolldown puts what the first screen shares with those chunks into several small common chunks, which
 * the first visit loads anyway and which compress worse than one.
 */
function firstScreenChunk(id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) {
  const entry = ctx.getModuleInfo(PAGE_ENTRY);
  if (!entry || id === PAGE_ENTRY) return null; // the worker's and the benchmark's builds have other entries
  let reachable = firstScreens.get(entry);
  if (!reachable) {
    reachable = new Set();
    for (const stack = [PAGE_ENTRY]; stack.length > 0;) {
      const m = stack.pop()!;
      if (reachable.has(m)) continue;
      reachable.add(m);
      stack.push(...(ctx.getModuleInfo(m)?.importedIds ?? []));
    }
    firstScreens.set(entry, reachable);
  }
  return reachable.has(id) ? 'first-screen' : null;
}

export default defineConfig({
  plugins: [
    react(),
    // Offline after one visit, and installable: a service worker made by Workbox precaches the whole
    // built app (page, JS and CSS chunks, the training worker, tfjs's .wasm binaries, KaTeX's fonts, the
    // icons); src/state/offline.ts registers it once the page has loaded, in built pages only (never on
    // the dev server). The benchmark page is not part of the offline app.
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'GAN Playground',
        short_name: 'GAN Playground',
        description: 'A tiny 1-D GAN trains live in your browser while the theory is drawn beside it.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: ICON_BACKGROUND,
        theme_color: ICON_BACKGROUND,
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The icons (manifest icons and includeAssets) and the manifest are added by the plugin itself.
        globPatterns: ['**/*.{html,js,css,wasm,woff2}'],
        globIgnores: ['bench.html', 'assets/bench*'],
        // The worker bundle (tfjs) and the .wasm binaries are over Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // The page is index.html; '/' finds it as the directory index. No fallback for other pages, so
        // that bench.html is never answered with the app.
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // Relative base so the built site works from any folder (GitHub Pages, a USB stick, file servers).
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { main: 'index.html', bench: 'bench.html' },
      output: { codeSplitting: { groups: [{ name: firstScreenChunk }] } },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
