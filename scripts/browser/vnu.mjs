// Checks HTML files with the Nu HTML Checker (npm's vnu-jar, run by the system java) in
// one JVM run, and counts its errors (warnings are not counted).
//
//   node scripts/browser/vnu.mjs DIR
//
// Prints the number of files checked and each error (file:line:col: message); exits 1 on
// any error, 2 when it cannot run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import vnuJarPath from 'vnu-jar';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node vnu.mjs DIR');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => resolve(dir, f));
if (files.length === 0) {
  console.error(`vnu: no .html files in ${dir}`);
  process.exit(2);
}
const vnuJar = String(vnuJarPath);
const started = Date.now();
const run = spawnSync('java', ['-Xss1024k', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
  encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000,
});
if (run.error || run.stderr === '') {
  console.error(`vnu: java -jar ${vnuJar} did not run: ${run.error || run.stdout}`);
  process.exit(2);
}
let report;
try {
  report = JSON.parse(run.stderr);
} catch {
  console.error(`vnu: unreadable output (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  process.exit(2);
}
const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const e of errors) {
  const file = basename(decodeURIComponent(new URL(e.url).pathname));
  console.log(`${file}:${e.lastLine ?? '?'}:${e.firstColumn ?? e.lastColumn ?? '?'}: ${e.message}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`vnu: ${files.length} files checked, ${errors.length} errors (${seconds} s)`);
process.exit(errors.length === 0 ? 0 : 1);
