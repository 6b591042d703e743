import type { StateCreator } from 'zustand';
import type { HostError, HostInfo, Language, RecentMap } from '../../shared/contract';
import { api } from '../api/client';
import type { Store } from '.';

export interface AppSlice {
  language: Language;
  host: HostInfo | null;
  recent: RecentMap[];
  /** The last error to show, as a host error whose code the UI translates. */
  error: HostError | null;
  ready: boolean;
  init(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  loadRecent(): Promise<void>;
  showError(error: HostError | null): void;
}

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  language: 'en',
  host: null,
  recent: [],
  error: null,
  ready: false,
  async init() {
    const [info, settings, recent] = await Promise.all([api()['app.info']({}), api()['settings.get']({}), api()['maps.recent']({})]);
    set({
      host: info.ok ? info.value : null,
      language: settings.ok ? settings.value.language : 'en',
      recent: recent.ok ? recent.value : [],
      error: !info.ok ? info.error : !settings.ok ? settings.error : null,
      ready: true,
    });
  },
  async setLanguage(language) {
    set({ language });
    const r = await api()['settings.setLanguage']({ language });
    if (!r.ok) set({ error: r.error });
  },
  async loadRecent() {
    const r = await api()['maps.recent']({});
    if (r.ok) set({ recent: r.value });
    else set({ error: r.error });
  },
  showError(error) {
    set({ error });
  },
});
