// `npm run bench`: builds src/cli/bench.ts the way the app ships its engine (bundled and
// minified by Vite for production), then runs it in Node. Measuring the bundle, not the
// development module runner, gives the figures a coder's browser would see.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', 'visit-to-claim-bench');
mkdirSync(outDir, { recursive: true });
await build({
  root,
  configFile: false,
  logLevel: 'silent',
  build: {
    ssr: 'src/cli/bench.ts',
    outDir,
    emptyOutDir: true,
    minify: true,
    rollupOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
});
const { main } = await import(pathToFileURL(join(outDir, 'bench.mjs')).href);
process.exitCode = await main(process.argv.slice(2));
