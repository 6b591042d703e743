/**
 * The export dialog's "What shifted since" page, in Chromium against the loopback host with its
 * rasterizer: off by default; asked for, the PDF gains a page after the reportback naming the last
 * reportback (the latest snapshot) and each change, in the UI's language.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ChromiumRasterizer } from '../../electron/export/chromiumRenderer';
import { startApp, type App } from './harness';
import { campaignMap } from './historyMap';

let app: App | null = null;
let rasterizer: ChromiumRasterizer | null = null;
afterEach(async () => {
  await app?.close();
  await rasterizer?.close();
  app = null;
  rasterizer = null;
});

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });

async function exportPdf(page: Page, exportName: string, shiftedOption: string | null): Promise<string> {
  await page.getByRole('button', { name: exportName }).click();
  await page.locator('input[name="export-format"][value="pdf"]').check();
  const option = page.locator('input[name="shifted-page"]');
  expect(await option.isChecked()).toBe(false);
  if (shiftedOption) {
    await page.getByLabel(shiftedOption).check();
    await page.locator('.export-shifted select').waitFor();
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('.export-dialog button.primary').click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  await page.locator('.export-done').waitFor();
  await page.locator('.export-dialog .dialog-actions button').first().click();
  return file;
}

describe('the export dialog\u2019s "What shifted since" page', { timeout: 300_000 }, () => {
  for (const [lang, exportName, optionLabel, heading, row] of [
    ['en', 'Export…', 'Add a page: what shifted since', 'What shifted since the snapshot “September reportback”', /Dan Moss\s+Passive opponent\s+Neutral\s+\+/],
    ['es', 'Exportar…', 'Agregar una página: qué cambió desde', 'Qué cambió desde la foto del momento «September reportback»', /Dan Moss\s+Oponente pasivo\s+Neutral\s+\+/],
  ] as const) {
    it(`adds the page only when asked, after the reportback (${lang})`, async () => {
      rasterizer = new ChromiumRasterizer();
      app = await startApp({ language: lang, rasterizer });
      const { page } = app;
      campaignMap(app.mapsDir);
      await page.reload();
      await page.locator('.recent-item').first().click();
      await page.getByTestId('grid-plot').waitFor();
      const plain = await exportPdf(page, exportName, null);
      const withPage = await exportPdf(page, exportName, optionLabel);
      expect(pages(withPage)).toBe(pages(plain) + 1);
      expect(pageText(plain, pages(plain))).not.toContain(heading);
      const last = pageText(withPage, pages(withPage));
      expect(last).toContain(heading);
      expect(last).toMatch(row);
      expect(app.problems).toEqual([]);
    });
  }
});
