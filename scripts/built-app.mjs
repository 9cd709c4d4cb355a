// What the scripts that drive the built app in Chromium share (bench:ui, Lighthouse, the
// README screenshot): build it if needed, serve dist/ with `vite preview`, and Debian's Chromium
// with the flags the browser tests use too (chromium-args.json).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import chromiumArgs from './chromium-args.json' with { type: 'json' };

export const root = fileURLToPath(new URL('..', import.meta.url));
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export { chromiumArgs };

/** Builds the app when dist/ has no index.html yet; exits with the build's status if it fails. */
export function buildIfMissing() {
  if (existsSync(`${root}dist/index.html`)) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** `preferred` if it is free, else any free port. */
export function freePort(preferred) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      const fallback = createServer();
      fallback.listen(0, '127.0.0.1', () => {
        const { port } = fallback.address();
        fallback.close(() => resolve(port));
      });
    });
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

/** Serves dist/ on `port` and resolves once it answers; `stop()` ends the server. */
export async function servePreview(port) {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const stop = () => server.kill();
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) throw new Error('vite preview exited early');
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}

/** The p-th percentile (0–100) of numbers already sorted ascending, by the nearest-rank method. */
export function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}
