import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from '../../shared/intlFormats';
import { formatDay, namesMet } from '../../shared/meetings/words';
import { emptyMap, newActor } from '../../shared/model';

describe('kept Intl formatters', () => {
  it('makes one formatter per locale and options, and formats as a new one would', () => {
    const options = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(dateFormat('es', options)).toBe(dateFormat('es', { ...options }));
    expect(dateFormat('es', options)).not.toBe(dateFormat('en-US', options));
    expect(dateFormat('es', options)).not.toBe(dateFormat('es', { dateStyle: 'long', timeZone: 'UTC' }));
    const day = new Date(Date.UTC(2026, 8, 28, 12));
    expect(dateFormat('es', options).format(day)).toBe(new Intl.DateTimeFormat('es', options).format(day));
    expect(numberFormat('es', { style: 'percent' })).toBe(numberFormat('es', { style: 'percent' }));
    expect(numberFormat('es', { style: 'percent' }).format(0.5)).toBe(new Intl.NumberFormat('es', { style: 'percent' }).format(0.5));
    expect(formatDay('2026-09-28', 'en')).toBe('Sep 28, 2026');
  });
});

describe('names of the people met', () => {
  it('follows the map: a renamed or removed person is named as the map now says', () => {
    const map = emptyMap('Riverton', '', '2026-01-01T00:00:00.000Z');
    map.actors = [newActor('a', 'decision-maker', 'Ana'), newActor('b', 'decision-maker', 'Bob')];
    const meeting = { id: 'm', date: '2026-09-28', with: ['b', 'a', 'gone'], attendees: '', ask: '', response: 'yes' as const, commitment: '', followUp: null, notes: '' };
    expect(namesMet(map, meeting)).toEqual(['Bob', 'Ana', 'gone']);
    // Edits make a new actors list (the map is immutable): the names follow it.
    const renamed = { ...map, actors: [{ ...map.actors[0]!, name: 'Ana María' }] };
    expect(namesMet(renamed, meeting)).toEqual(['b', 'Ana María', 'gone']);
    expect(namesMet(map, meeting)).toEqual(['Bob', 'Ana', 'gone']);
  });
});
