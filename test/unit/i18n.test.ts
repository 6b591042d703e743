import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogKeys, createTranslator, languageFromLocale, type Catalog } from '../../shared/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function lookup(c: Catalog, key: string): string {
  return key.split('.').reduce<unknown>((node, k) => (node as Catalog)[k], c) as string;
}

describe('the i18n catalog', () => {
  it('has the same keys in English and Spanish', () => {
    expect(catalogKeys(CATALOGS.es).sort()).toEqual(catalogKeys(CATALOGS.en).sort());
  });

  it('has no empty strings and the same placeholders in both languages', () => {
    for (const key of catalogKeys(CATALOGS.en)) {
      const en = lookup(CATALOGS.en, key);
      const es = lookup(CATALOGS.es, key);
      expect(en.trim(), key).not.toBe('');
      expect(es.trim(), key).not.toBe('');
      expect(placeholders(es), key).toEqual(placeholders(en));
    }
  });

  it('uses the design vocabulary', () => {
    const es = createTranslator('es');
    expect(es('vocab.decisionMaker')).toBe('Persona que decide');
    expect(es('column.4')).toBe('Aliado activo');
    expect(es('whip.1')).toBe('Tiende a no');
    expect(es('vocab.chanceOfAdoption')).toBe('Probabilidad de adopción');
  });

  it('picks Spanish from a Spanish locale', () => {
    expect(languageFromLocale('es_US.UTF-8')).toBe('es');
    expect(languageFromLocale('es-MX')).toBe('es');
    expect(languageFromLocale('en_US.UTF-8')).toBe('en');
    expect(languageFromLocale('estonian')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
