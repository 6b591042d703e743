/**
 * The contract's names without its schemas: the methods, the languages and the export formats.
 * The page needs these and never validates (the host does), so it imports them from here and
 * carries no zod: the schemas cost the page about 90 KB of code and their objects on its heap.
 * shared/contract.ts checks its methods against METHODS, both ways.
 */
export const METHODS = [
  'app.info',
  'settings.get',
  'settings.setLanguage',
  'maps.recent',
  'maps.create',
  'maps.open',
  'maps.openDialog',
  'maps.importJson',
  'maps.get',
  'maps.apply',
  'maps.journal',
  'maps.journalText',
  'maps.state',
  'maps.saveAs',
  'maps.close',
  'maps.export',
  'maps.importFile',
  'groups.makeCopies',
  'groups.readMap',
] as const;
export type Method = (typeof METHODS)[number];

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The map's formats, then the campaign memory's: meetings as CSV and open follow-ups as a calendar. */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'deck', 'csv', 'json', 'meetings', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file name ending of an export: the slide deck is a PDF too, named apart from the report page; likewise the meetings CSV. */
const EXTENSIONS: Partial<Record<ExportFormat, string>> = { deck: 'slides.pdf', meetings: 'meetings.csv', ics: 'followups.ics' };
export const exportExtension = (format: ExportFormat): string => EXTENSIONS[format] ?? format;
export const PAPERS = ['a4', 'letter'] as const;
