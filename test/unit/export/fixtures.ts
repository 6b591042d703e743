import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PowerMap } from '../../../shared/model';
import { parseInterchangeText } from '../../../shared/schema';

export function loadFixture(name = 'council-9.json'): PowerMap {
  const parsed = parseInterchangeText(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures', name), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.map;
}

export const TRICKY_NAMES = ['Ana "La Jefa" Ruiz, Jr.', '=HYPERLINK("x")', 'Núñez', 'María 🌽 Peña', 'line one\nline two', '<img src=x onerror=alert(1)>', '+1 caller', '@team', '-minus'];

/** The council map with one influencer per tricky name. */
export function trickyMap(): PowerMap {
  const map = loadFixture();
  TRICKY_NAMES.forEach((name, i) => {
    map.actors.push({ id: `t${i}`, kind: 'influencer', name, role: i === 1 ? '=1+1' : 'tricky', notes: '', x: -0.9 + i * 0.2, y: 0.1, seat: false, pYes: null, pPresent: 1, recused: false });
  });
  return map;
}
