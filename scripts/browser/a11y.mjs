// Audits HTML files with axe-core in the system Chromium (puppeteer-core; no browser is
// downloaded): every file in light and dark colour scheme, at desktop (1280x800) and phone
// (390x844) width, with every <details> opened so that its text is audited too; and, as
// axe does not, checks reflow (WCAG 1.4.10): at 320 CSS px no page may scroll sideways.
//
//   node scripts/browser/a11y.mjs DIR [CONCURRENCY]
//
// Rules: every axe rule tagged wcag2a, wcag2aa, wcag21a, wcag21aa or best-practice.
// Prints the number of pages × modes audited and each violation (rule, page, mode, node);
// exits 1 on any violation, 2 when it cannot run. A11Y_VERBOSE=1 also lists what axe could
// not decide ("needs review"), node by node.
import { readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_VERSION = require('axe-core/package.json').version;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const MODES = [
  { name: 'light desktop', scheme: 'light', width: 1280, height: 800 },
  { name: 'dark desktop', scheme: 'dark', width: 1280, height: 800 },
  { name: 'light phone', scheme: 'light', width: 390, height: 844 },
  { name: 'dark phone', scheme: 'dark', width: 390, height: 844 },
];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const dir = process.argv[2];
const concurrency = Number(process.argv[3] || 3);
if (!dir) {
  console.error('usage: node a11y.mjs DIR [CONCURRENCY]');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
if (files.length === 0) {
  console.error(`a11y: no .html files in ${dir}`);
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'a11y-profile-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir: profile,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // A container's /dev/shm is often 64 MB, too small for several tabs.
    '--disable-dev-shm-usage',
  ],
  protocolTimeout: 60_000,
});

let audited = 0;
const violations = [];
const incomplete = new Map();

async function audit(tab, file) {
  await tab.goto(`file://${resolve(dir, file)}`, { waitUntil: 'load' });
  await tab.addScriptTag({ path: AXE_PATH });
  await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  for (const mode of MODES) {
    await tab.setViewport({ width: mode.width, height: mode.height });
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: mode.scheme }]);
    const result = await tab.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }),
      TAGS,
    );
    audited += 1;
    for (const v of result.violations) {
      for (const node of v.nodes) {
        violations.push({ rule: v.id, impact: v.impact, file, mode: mode.name,
          target: node.target.join(' '), summary: node.failureSummary?.split('\n').slice(1).join(' ') });
      }
    }
    for (const v of result.incomplete) {
      incomplete.set(v.id, (incomplete.get(v.id) || 0) + v.nodes.length);
      if (process.env.A11Y_VERBOSE) {
        for (const node of v.nodes) {
          const why = node.any.concat(node.all, node.none).map((c) => c.message).join('; ');
          console.log(`needs review ${v.id} in ${file} [${mode.name}] at ${node.target.join(' ')}: ${why}`);
        }
      }
    }
  }
  // Reflow (WCAG 1.4.10), which axe does not check: at 320 CSS px nothing may need
  // horizontal scrolling.
  await tab.setViewport({ width: 320, height: 640 });
  const [scroll, client] = await tab.evaluate(() => [
    document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  if (scroll > client) {
    violations.push({ rule: 'reflow-320', impact: 'serious', file, mode: '320 px',
      target: 'html', summary: `the page is ${scroll} px wide in a ${client} px window` });
  }
}

const started = Date.now();
try {
  const queue = [...files];
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, async () => {
    const tab = await browser.newPage();
    for (let file = queue.shift(); file; file = queue.shift()) {
      await audit(tab, file);
    }
    await tab.close();
  }));
} catch (error) {
  console.error(`a11y: the audit could not run: ${error.stack || error}`);
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(2);
}
await browser.close();
rmSync(profile, { recursive: true, force: true });

const seconds = ((Date.now() - started) / 1000).toFixed(1);
for (const v of violations) {
  console.log(`violation ${v.rule} (${v.impact}) in ${v.file} [${v.mode}] at ${v.target}: ${v.summary}`);
}
if (incomplete.size > 0) {
  const list = [...incomplete].map(([id, n]) => `${id} ×${n}`).join(', ');
  console.log(`a11y: needs review (axe could not decide, not counted as violations): ${list}`);
}
console.log(`a11y: axe-core ${AXE_VERSION} [${TAGS.join(', ')}]: ${files.length} pages × ${MODES.length} modes = ${audited} audits, and reflow at 320 px: ${violations.length} violations (${seconds} s)`);
process.exit(violations.length === 0 ? 0 : 1);
