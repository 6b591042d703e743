/**
 * App settings (language, recent maps): a small JSON file in the data folder, never in a map.
 * Written atomically so a crash cannot leave half a settings file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../shared/contract';

const MAX_RECENT = 20;

const recentSchema = z.object({
  path: z.string(),
  town: z.string().default(''),
  title: z.string().default(''),
  updatedAt: z.string().default(''),
  openedAt: z.string().default(''),
});

const settingsSchema = z.object({
  language: z.enum(LANGUAGES).optional(),
  recent: z.array(recentSchema).default([]),
  lastOpened: z.string().nullable().default(null),
  /** This computer's id in map journals (DESIGN.md §10); made on first use. */
  deviceId: z.string().min(1).max(100).optional(),
  /** Who makes the edits, for the journal; optional. */
  author: z.string().max(200).optional(),
});

export type RecentEntry = z.infer<typeof recentSchema>;
export type StoredSettings = z.infer<typeof settingsSchema>;

export class SettingsFile {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly fallbackLanguage: Language,
  ) {
    this.file = path.join(dataDir, 'settings.json');
  }

  read(): StoredSettings {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // A missing or unreadable settings file just means defaults.
    }
    return { recent: [], lastOpened: null };
  }

  language(): Language {
    return this.read().language ?? this.fallbackLanguage;
  }

  write(next: StoredSettings): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(next, null, 2));
    fs.renameSync(tmp, this.file);
  }

  update(change: (s: StoredSettings) => StoredSettings): StoredSettings {
    const next = change(this.read());
    this.write(next);
    return next;
  }

  /** Who journals this computer's edits. */
  journalContext(): { device: string; author: string } {
    let s = this.read();
    if (!s.deviceId) s = this.update((old) => ({ ...old, deviceId: randomUUID() }));
    return { device: s.deviceId!, author: s.author ?? '' };
  }

  /** Moves a map to the top of the recent list. */
  touchRecent(entry: Omit<RecentEntry, 'openedAt'>, now: string): void {
    this.update((s) => ({
      ...s,
      lastOpened: entry.path,
      recent: [{ ...entry, openedAt: now }, ...s.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT),
    }));
  }
}
