import { useEffect, useState } from 'react';
import { PanelToggle, usePanels } from '../layout/panels';
import '../layout/layout.css';
import { GridView } from '../grid/GridView';
import { markScreenRender } from '../grid/screenClock';
import { KeyHelp, KeyHintLine, useKeyHelpShortcut } from '../grid/keyHints';
import { LeftPanel } from '../grid/LeftPanel';
import { ProjectionPanel } from '../projection/ProjectionPanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useApp } from '../store';
import { PresentationView } from '../present/PresentationView';
import { usePresent } from '../present/presentStore';
import { useMapSync } from '../sync/useMapSync';

function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The workspace: roster and list on the left, the grid in the middle, the projection on the right. */
export function MapScreen() {
  // Stamped in the first render, before the screen's parts render (the grid's first draw reads it).
  useState(markScreenRender);
  const folded = usePanels((s) => s.folded);
  useKeyHelpShortcut();
  useMapSync();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target) || !(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void useApp.getState().undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void useApp.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // A map opened later starts on its workspace, not in a presentation.
      usePresent.getState().stop();
    };
  }, []);

  const presenting = usePresent((s) => s.presenting);
  // While presenting, the workspace underneath can take neither focus nor keys.
  return (
    <div className="map-screen">
      <Toolbar inert={presenting} />
      <main className={`workspace${folded.left ? ' left-folded' : ''}${folded.right ? ' right-folded' : ''}`} inert={presenting}>
        <aside className="left-panel">
          <PanelToggle side="left" />
          {!folded.left && <LeftPanel />}
        </aside>
        <section className="canvas">
          <div className="canvas-grid">
            <GridView />
          </div>
          <KeyHintLine />
        </section>
        <aside className="right-panel">
          <PanelToggle side="right" />
          {!folded.right && <ProjectionPanel />}
        </aside>
      </main>
      <StatusBar />
      {presenting && <PresentationView />}
      <KeyHelp />
    </div>
  );
}
