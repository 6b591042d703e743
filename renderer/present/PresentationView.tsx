/**
 * Presentation mode (DESIGN.md §12): the reportback's slides, one at a time, filling the screen.
 * The slides are the PDF deck's own markup (shared/present/deck.ts), rebuilt when the map or the
 * language changes, so switching language mid-presentation redraws the current slide in place.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { voteCount } from '../../shared/export/voteCount';
import { buildSlides } from '../../shared/present/deck';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { adoptDeckStyles } from './deckStyles';
import { usePresent } from './presentStore';
import { useSlideKeys } from './useSlideKeys';
import './present.css';

function useFullScreen(leave: () => void) {
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      // The browser's own Esc leaves full screen before the page sees the key.
      else if (entered) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    root.requestFullscreen?.().catch(() => {
      // Refused (a browser that was not asked by a click, or a kiosk): the slides still fill the window.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [leave]);
}

export function PresentationView() {
  const t = useT();
  const lang = useApp((s) => s.language);
  const map = useApp((s) => s.map);
  const slides = useMemo(() => (map ? buildSlides(map, { t, lang, date: new Date(), voteCount: voteCount(map, t) }) : []), [map, t, lang]);
  const [index, setIndex] = useState(0);
  const [blank, setBlank] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const shown = Math.min(index, slides.length - 1);
  const leave = usePresent((s) => s.stop);

  const actions = useMemo(
    () => ({
      next: () => {
        setBlank(false);
        setIndex((i) => Math.min(i + 1, slides.length - 1));
      },
      previous: () => {
        setBlank(false);
        setIndex((i) => Math.max(i - 1, 0));
      },
      first: () => setIndex(0),
      last: () => setIndex(slides.length - 1),
      toggleBlank: () => setBlank((b) => !b),
      leave,
    }),
    [slides.length, leave],
  );
  useSlideKeys(actions);
  useFullScreen(leave);
  useEffect(adoptDeckStyles, []);
  useEffect(() => {
    // Keys and wheels must not scroll the workspace underneath the slide.
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);
  useEffect(() => stage.current?.focus(), []);

  if (!map || slides.length === 0) return null;
  const slide = slides[shown]!;
  return (
    <div className={`presentation${blank ? ' blank' : ''}`} role="region" aria-roledescription={t('present.ui.region')} aria-label={t('present.ui.region')} data-testid="presentation">
      <div
        ref={stage}
        className="stage"
        tabIndex={-1}
        aria-live="polite"
        data-slide-index={shown}
        // The markup is built from escaped text only (shared/present/deck.ts).
        dangerouslySetInnerHTML={{ __html: blank ? `<p class="blank-note">${escapeText(t('present.ui.blanked'))}</p>` : slide.html }}
      />
      <footer className="present-controls" hidden={blank}>
        <button type="button" onClick={actions.previous} disabled={shown === 0} aria-label={t('present.ui.previous')}>
          ←
        </button>
        <span className="slide-count">{t('present.ui.slideOf', { n: shown + 1, count: slides.length })}</span>
        <button type="button" onClick={actions.next} disabled={shown === slides.length - 1} aria-label={t('present.ui.next')}>
          →
        </button>
        <LanguageSwitch />
        <button type="button" onClick={leave}>
          {t('present.ui.leave')}
        </button>
        <span className="keys">{t('present.ui.keys')}</span>
      </footer>
    </div>
  );
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
