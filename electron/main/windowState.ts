/**
 * Each map's window size and position, remembered across launches in the data folder (never in the
 * map file, which travels to other computers). Bounds that no longer fit any screen are dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const boundsSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });
const entrySchema = z.object({ bounds: boundsSchema, maximized: z.boolean().default(false) });
const fileSchema = z.record(z.string(), entrySchema);

export type Bounds = z.infer<typeof boundsSchema>;
export type WindowPlacement = z.infer<typeof entrySchema>;

const MAX_ENTRIES = 100;

/** Bounds still usable on the current screens: mostly on one display's work area, else null. */
export function fitOnScreen(bounds: Bounds, workAreas: readonly Bounds[]): Bounds | null {
  for (const area of workAreas) {
    const w = Math.min(bounds.width, area.width);
    const h = Math.min(bounds.height, area.height);
    const overlapX = Math.min(bounds.x + w, area.x + area.width) - Math.max(bounds.x, area.x);
    const overlapY = Math.min(bounds.y + h, area.y + area.height) - Math.max(bounds.y, area.y);
    // The title bar must be reachable: at least a fair piece of the window lies on this screen.
    if (overlapX >= Math.min(200, w) && overlapY >= Math.min(100, h)) {
      return { x: Math.max(area.x, Math.min(bounds.x, area.x + area.width - w)), y: Math.max(area.y, Math.min(bounds.y, area.y + area.height - h)), width: w, height: h };
    }
  }
  return null;
}

export class WindowStateFile {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'windows.json');
  }

  private read(): Record<string, WindowPlacement> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Missing or unreadable: windows just open at the default size.
    }
    return {};
  }

  get(mapKey: string): WindowPlacement | null {
    return this.read()[mapKey] ?? null;
  }

  set(mapKey: string, placement: WindowPlacement): void {
    const all = this.read();
    delete all[mapKey];
    // Newest last, so the oldest go first when trimming.
    const entries = [...Object.entries(all), [mapKey, placement] as const].slice(-MAX_ENTRIES);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(entries), null, 2));
    fs.renameSync(tmp, this.file);
  }
}
