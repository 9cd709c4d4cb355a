// Runs a TypeScript entry point (the CLI, the benchmarks) through Vite's module runner,
// so the command line uses exactly the same source and JSON tables as the app. A failure the
// entry does not handle itself (its source fails to load, an error escapes it) ends, like the
// entry's own failures, in one line on standard error and exit code 70, never a stack trace.

/** One line: control characters (a newline in a message, an escape sequence) escaped. */
function oneLine(text) {
  return JSON.stringify(String(text)).slice(1, -1);
}

function fail(entry, error) {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`${oneLine(`${entry}: internal error, please report it: ${reason}`)}\n`);
  process.exit(70);
}

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs FILE.ts [args...]\n');
  process.exit(64);
}
process.on('uncaughtException', (error) => fail(entry, error));
process.on('unhandledRejection', (error) => fail(entry, error));
try {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(new URL(`../${entry}`, import.meta.url).pathname, {
    configFile: false,
    logLevel: 'silent',
  });
  if (typeof module.main !== 'function') {
    process.stderr.write(`${entry} does not export main()\n`);
    process.exit(70);
  }
  process.exitCode = await module.main(rest);
} catch (error) {
  fail(entry, error);
}
