// Screenshots of pages in the system Chromium (puppeteer-core), in a chosen colour scheme
// and window size; one browser for every shot.
//
//   node scripts/browser/screenshot.mjs WIDTHxHEIGHT light|dark URL OUT.png [URL OUT.png]...
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const [size, scheme, ...pairs] = process.argv.slice(2);
const [width, height] = (size || '').split('x').map(Number);
if (!width || !height || !['light', 'dark'].includes(scheme) || pairs.length === 0 || pairs.length % 2) {
  console.error('usage: node screenshot.mjs WIDTHxHEIGHT light|dark URL OUT.png [URL OUT.png]...');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'screenshot-profile-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--hide-scrollbars'],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  for (let i = 0; i < pairs.length; i += 2) {
    await tab.goto(pairs[i], { waitUntil: 'load' });
    await tab.screenshot({ path: pairs[i + 1] });
    console.log(pairs[i + 1]);
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
