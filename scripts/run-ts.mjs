// Runs a TypeScript entry point (the CLI, the benchmarks) through Vite's module runner,
// so the command line uses exactly the same source and JSON tables as the app.
import { runnerImport } from 'vite';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs FILE.ts [args...]\n');
  process.exit(64);
}
const { module } = await runnerImport(new URL(`../${entry}`, import.meta.url).pathname, {
  configFile: false,
  logLevel: 'silent',
});
if (typeof module.main !== 'function') {
  process.stderr.write(`${entry} does not export main()\n`);
  process.exit(70);
}
process.exitCode = await module.main(rest);
