/**
 * Reportback exports and imports through the real app: the built renderer in Chromium, the real
 * loopback host with a Chromium rasterizer, files on disk.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ChromiumRasterizer } from '../../electron/export/chromiumRenderer';
import { Host } from '../../electron/host/handlers';
import { startLoopback, type LoopbackServer } from '../../electron/host/loopback';
import { parseDelimited } from '../../shared/export/csv';
import { pngSize, readTextChunk } from '../../shared/export/pngChunks';
import { readSvgInterchange } from '../../shared/export/mapSvg';
import { escapeXml } from '../../shared/export/xml';
import type { PowerMap } from '../../shared/model';
import { parseInterchangeText } from '../../shared/schema';
import { launchBrowser, RENDERER_DIR } from './harness';

const FIXTURE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/council-9.json');
const XSS = '<img src=x onerror=alert(1)>';

interface ExportApp {
  page: Page;
  host: Host;
  dialogs: string[];
  problems: string[];
  close(): Promise<void>;
}

let app: ExportApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function start(): Promise<ExportApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-export-'));
  const rasterizer = new ChromiumRasterizer();
  const host = new Host({ kind: 'browser', version: 'test', dataDir, mapsDir: path.join(dataDir, 'maps'), dialogs: null, systemLanguage: 'en', rasterizer });
  const server: LoopbackServer = await startLoopback({ host, staticDir: RENDERER_DIR });
  const context: BrowserContext = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.launchUrl());
  await page.waitForSelector('#root > *:not(.loading)');
  return {
    page,
    host,
    dialogs,
    problems,
    async close() {
      await context.close();
      await server.close();
      await rasterizer.close();
      host.closeAll();
    },
  };
}

/** Drops a file onto the window the way a user's drag from the desktop does. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string) {
  const dt = await page.evaluateHandle(
    ({ name, b64, type }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([arr], name, { type }));
      return transfer;
    },
    { name, b64: bytes.toString('base64'), type },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
}

function openMap(a: ExportApp): PowerMap {
  const docs = (a.host as unknown as { docs: Map<string, { map: PowerMap }> }).docs;
  return [...docs.values()].at(-1)!.map;
}

async function exportVia(page: Page, format: string, lang: 'en' | 'es' = 'en'): Promise<{ file: string; download: Download }> {
  await page.getByRole('button', { name: lang === 'en' ? 'Export…' : 'Exportar…' }).click();
  await page.locator(`input[name="export-format"][value="${format}"]`).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('.export-dialog button.primary').click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  await page.locator('.export-done').waitFor();
  await page.locator('.export-dialog .dialog-actions button').first().click();
  return { file, download };
}

const comparable = (m: PowerMap) => ({ ...m, createdAt: '', updatedAt: '' });

describe('reportback exports in the app', { timeout: 300_000 }, () => {
  it('opens a dropped map, exports PNG, SVG, PDF, CSV and JSON, and a dropped PNG opens the same map again', async () => {
    app = await start();
    const { page } = app;
    await dropFile(page, 'council-9.json', fs.readFileSync(FIXTURE), 'application/json');
    await page.waitForSelector('.map-screen');
    const original = openMap(app);
    expect(original.actors).toHaveLength(16);

    await page.getByRole('button', { name: 'Export…' }).click();
    const preview = page.locator('.export-preview img');
    await preview.waitFor();
    expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
    await expect.poll(() => page.locator('.export-file-name').textContent()).toMatch(/winooski-\d{4}-\d\d-\d\d\.png/);
    await page.locator('.export-dialog .dialog-actions button').first().click();

    const png = await exportVia(page, 'png');
    expect(png.download.suggestedFilename()).toMatch(/^winooski-\d{4}-\d\d-\d\d\.png$/);
    const bytes = new Uint8Array(fs.readFileSync(png.file));
    expect(pngSize(bytes)!.width).toBe(2400);
    const embedded = parseInterchangeText(readTextChunk(bytes)!);
    expect(embedded.ok && comparable(embedded.map)).toEqual(comparable(original));

    const svg = fs.readFileSync((await exportVia(page, 'svg')).file, 'utf8');
    for (const a of original.actors) expect(svg).toContain(escapeXml(a.name));
    expect(readSvgInterchange(svg)).not.toBeNull();

    const pdf = (await exportVia(page, 'pdf')).file;
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Chance of adoption');

    const csv = fs.readFileSync((await exportVia(page, 'csv')).file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseDelimited(csv, ',').map((r) => r[2])).toContain('Ana "La Jefa" Ruiz, Jr.');

    const json = parseInterchangeText(fs.readFileSync((await exportVia(page, 'json')).file, 'utf8'));
    expect(json.ok && comparable(json.map)).toEqual(comparable(original));

    // The exported picture opens again as a map.
    await page.getByRole('button', { name: 'Close map' }).click();
    await dropFile(page, 'winooski.png', Buffer.from(bytes), 'image/png');
    await page.waitForSelector('.map-screen');
    expect(comparable(openMap(app))).toEqual(comparable(original));
    expect(app.problems).toEqual([]);
  });

  it('exports in Spanish when the UI is in Spanish, with the next steps typed in the dialog', async () => {
    app = await start();
    const { page } = app;
    await dropFile(page, 'council-9.json', fs.readFileSync(FIXTURE), 'application/json');
    await page.waitForSelector('.map-screen');
    await page.locator('.lang-switch button[lang="es"]').click();
    await page.getByRole('button', { name: 'Exportar…' }).waitFor();
    await page.getByRole('button', { name: 'Exportar…' }).click();
    await page.locator('textarea[name="nextSteps"]').fill('Llamar a la concejala Peña el lunes.');
    await page.locator('.export-dialog .dialog-actions button').first().click();
    const pdf = (await exportVia(page, 'pdf', 'es')).file;
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const s of ['Informe al grupo', 'Probabilidad de adopción', 'Próximos pasos', 'Llamar a la concejala Peña el lunes.']) expect(text).toContain(s);
    expect(openMap(app).nextSteps).toBe('Llamar a la concejala Peña el lunes.');
  });

  it('offers to take a snapshot when exporting a reportback, and takes it once the file is written', async () => {
    app = await start();
    const { page } = app;
    await dropFile(page, 'council-9.json', fs.readFileSync(FIXTURE), 'application/json');
    await page.waitForSelector('.map-screen');
    await page.getByRole('button', { name: 'Export…' }).click();
    // Not for a spreadsheet or a data file: only the reportback formats offer it.
    await page.locator('input[name="export-format"][value="csv"]').check();
    expect(await page.locator('input[name="take-snapshot"]').count()).toBe(0);
    await page.locator('input[name="export-format"][value="png"]').check();
    await page.getByLabel('Take a snapshot of this moment').check();
    expect(await page.locator('input[name="reportback-snapshot-name"]').inputValue()).toMatch(/^Reportback, \w+ \d+, \d{4}$/);
    await page.locator('input[name="reportback-snapshot-name"]').fill('Reportback, October meeting');
    const before = Date.now();
    await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('.export-dialog button.primary').click()]);
    await page.locator('.export-done', { hasText: 'Snapshot taken: Reportback, October meeting' }).waitFor();
    const [snapshot, ...more] = openMap(app).snapshots;
    expect(more).toEqual([]);
    expect(snapshot!.name).toBe('Reportback, October meeting');
    expect(Date.parse(snapshot!.at)).toBeGreaterThanOrEqual(before - 1000);
    // A second export from the same dialog is not a second reportback.
    expect(await page.getByLabel('Take a snapshot of this moment').isChecked()).toBe(false);
    expect(app.problems).toEqual([]);
  });

  it('shows a name that is markup as text everywhere and runs no script', async () => {
    app = await start();
    const { page } = app;
    const map = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    map.actors.find((a: { id: string }) => a.id === 'm3').name = XSS;
    await dropFile(page, 'xss.json', Buffer.from(JSON.stringify(map)), 'application/json');
    await page.waitForSelector('.map-screen');
    await page.getByText(XSS, { exact: true }).first().waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    const svg = fs.readFileSync((await exportVia(page, 'svg')).file, 'utf8');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain(XSS);
    const png = new Uint8Array(fs.readFileSync((await exportVia(page, 'png')).file));
    expect(readTextChunk(png)).toContain(JSON.stringify(XSS));
    const pdf = (await exportVia(page, 'pdf')).file;
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(XSS);
    // The preview image is an <img> of the SVG: scripts in it never run either.
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.locator('.export-preview img').waitFor();
    await page.waitForTimeout(300);
    expect(app.dialogs).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('previews a roster, names the rows it cannot read, writes nothing on cancel, and adds the rest in one undo step', async () => {
    app = await start();
    const { page } = app;
    await dropFile(page, 'council-9.json', fs.readFileSync(FIXTURE), 'application/json');
    await page.waitForSelector('.map-screen');
    const before = openMap(app).actors.length;
    const roster = ['Nombre,Cargo,Tipo,Columna', 'Rosa Núñez,Maestra,Persona o grupo influyente,Aliado activo', ',Concejal,,Neutral', 'Pedro Gómez,Granjero,,Casi aliado', 'Lucía Fernández,Pastora,influyente,Tiende a sí'].join('\r\n');

    await dropFile(page, 'lista.csv', Buffer.from(roster), 'text/csv');
    const dialog = page.locator('.roster-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.roster-preview td').allTextContents()).toContain('Rosa Núñez');
    const problems = await dialog.locator('.roster-problems li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Row 3.*name is empty/);
    expect(problems[1]).toMatch(/Row 4.*Casi aliado/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(openMap(app).actors).toHaveLength(before);

    await dropFile(page, 'lista.csv', Buffer.from(roster), 'text/csv');
    await dialog.getByRole('button', { name: 'Add 2 to the map' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => openMap(app!).actors.length).toBe(before + 2);
    expect(openMap(app).actors.slice(-2).map((a) => [a.name, a.kind])).toEqual([
      ['Rosa Núñez', 'influencer'],
      ['Lucía Fernández', 'influencer'],
    ]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => openMap(app!).actors.length).toBe(before);
  });
});
