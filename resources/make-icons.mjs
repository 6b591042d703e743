// Renders icon.svg and file-icon.svg (the sources) into every size the installers need:
// icons/NxN.png (Linux, and the window icon), icon.ico + file-icon.ico (Windows), icon.icns +
// file-icon.icns (macOS). ICO and ICNS hold PNG images, which every supported OS version reads.
// Run after changing an SVG: `node resources/make-icons.mjs` (uses the installed Chromium).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entry types and their pixel sizes (the @2x types share pixels with the next size up).
const ICNS_TYPES = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];

async function render(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  return page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
}

export function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(([size, png], i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(([, png]) => png)]);
}

export function icns(entries) {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const name of ['icon', 'file-icon']) {
    const svg = fs.readFileSync(path.join(here, `${name}.svg`), 'utf8');
    const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])];
    const png = new Map();
    for (const s of sizes) png.set(s, await render(page, svg, s));
    if (name === 'icon') {
      fs.mkdirSync(path.join(here, 'icons'), { recursive: true });
      for (const s of LINUX_SIZES) fs.writeFileSync(path.join(here, 'icons', `${s}x${s}.png`), png.get(s));
      fs.writeFileSync(path.join(here, 'icon.png'), png.get(1024));
    }
    fs.writeFileSync(path.join(here, `${name}.ico`), ico(ICO_SIZES.map((s) => [s, png.get(s)])));
    fs.writeFileSync(path.join(here, `${name}.icns`), icns(ICNS_TYPES.map(([type, s]) => [type, png.get(s)])));
  }
  await browser.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
