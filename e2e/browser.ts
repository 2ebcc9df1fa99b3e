// Chromium command lines shared by playwright.config.ts and the specs. The system's Chromium is used
// (never a downloaded one); WebGL runs on SwiftShader so the WebGL backend is measured like elsewhere.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const BASE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The normal run: software WebGL through ANGLE/SwiftShader. */
export const CHROMIUM_ARGS = [...BASE_ARGS, '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

/**
 * WebGL unavailable (checked on Debian's Chromium 156: `--disable-webgl --disable-3d-apis` alone still
 * gives a WebGL context in pages and workers; only no GPU *and* no software rasteriser removes it).
 * e2e/no-webgl.spec.ts verifies that WebGL really is gone before it tests the fallback.
 */
export const CHROMIUM_NO_WEBGL_ARGS = [
  ...BASE_ARGS,
  '--disable-gpu',
  '--disable-software-rasterizer',
  '--disable-webgl',
  '--disable-3d-apis',
];
