// End-to-end tests against the BUILT app (`vite build` first; `npm run test:e2e` does both), served
// by `vite preview`, in the system's Chromium. One worker: training is CPU-heavy on small machines.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_NO_WEBGL_ARGS, CHROMIUM_PATH } from './e2e/browser';

if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
  );
}

// E2E_PORT: only for running beside another `vite preview` on 4173 (that one would be reused otherwise).
const PORT = Number(process.env.E2E_PORT) || 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Start-up measures three backends (~2–3 s on a quiet machine, but WebGL compiles its shaders on
  // SwiftShader: 12–25 s, once over 60 s, on a loaded 2-core machine; e2e/fixtures.ts waits up to
  // 120 s) and the training tests wait up to 60 s more for JS to halve.
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'app', testIgnore: '**/no-webgl.spec.ts' },
    {
      name: 'no-webgl',
      testMatch: '**/no-webgl.spec.ts',
      use: { launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_NO_WEBGL_ARGS } },
    },
  ],
  webServer: {
    // E2E_DIST: serve another build folder (e.g. a private `vite build --outDir`), for parallel runs.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1${process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : ''}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
