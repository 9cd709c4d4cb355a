// Size budget: the gzip size of the JavaScript the first view loads: public/first-view.js and
// the app's scripts it starts (named on its tag by first-view-plugin.ts: the entry and the chunks
// it preloads). Prints the figure; exits 1 over the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The budget is the target: 150 KiB gzip for what the first view loads (issue 5).
const BUDGET_KIB = Number(process.env.FIRST_VIEW_JS_BUDGET_KIB ?? 150);
const html = readFileSync('dist/index.html', 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]*\bsrc="\.?\/?([^"]+\.js)"/g),
  ...html.matchAll(/\bdata-app-(?:entry|preload)="([^"]+)"/g),
]
  .flatMap((match) => match[1].split(' '))
  .map((path) => path.replace(/^\.?\//, ''));
if (!html.includes('data-app-entry=')) {
  console.error('first-view-size: dist/index.html names no app entry (run npm run build first)');
  process.exit(1);
}
let total = 0;
for (const file of new Set(scripts)) {
  const bytes = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  total += bytes;
  console.log(`  ${file}: ${(bytes / 1024).toFixed(1)} KiB gzip`);
}
console.log(
  `first view JavaScript: ${(total / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB${total > BUDGET_KIB * 1024 ? ', OVER BUDGET' : ''})`,
);
if (total > BUDGET_KIB * 1024) process.exit(1);
