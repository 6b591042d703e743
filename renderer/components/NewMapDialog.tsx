import { useState, type FormEvent } from 'react';
import { BODY_TEMPLATES, buildTemplate, findTemplate, MAX_TEMPLATE_SEATS } from '../../shared/templates';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import '../body/templates.css';

/** No template: an empty map whose body is set up later in the Deciding body dialog. */
const BLANK = '';

export function NewMapDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const openResult = useApp((s) => s.openResult);
  const [town, setTown] = useState('');
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState(BLANK);
  const [seats, setSeats] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!town.trim()) {
      setProblem(true);
      return;
    }
    setBusy(true);
    const tpl = findTemplate(templateId);
    const n = tpl ? Number(seats[tpl.id] ?? tpl.seats) : undefined;
    const start = tpl ? buildTemplate(tpl.id, t, Number.isFinite(n) ? n : undefined) : {};
    const r = await api()['maps.create']({ town: town.trim(), title: title.trim(), ...start });
    setBusy(false);
    if (openResult(r)) onClose();
  }

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="new-map-title" onSubmit={submit}>
        <h2 id="new-map-title">{t('newMap.title')}</h2>
        <label>
          {t('newMap.town')}
          <input name="town" autoFocus value={town} placeholder={t('newMap.townPlaceholder')} onChange={(e) => setTown(e.target.value)} aria-invalid={problem} />
        </label>
        {problem && <p className="field-error">{t('newMap.townRequired')}</p>}
        <label>
          {t('newMap.mapTitle')}
          <input name="title" value={title} placeholder={t('newMap.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset className="template-choice">
          <legend>{t('templates.label')}</legend>
          <label className="template-option">
            <input type="radio" name="template" value={BLANK} checked={templateId === BLANK} onChange={() => setTemplateId(BLANK)} />
            {t('templates.blank')}
          </label>
          {BODY_TEMPLATES.map((tpl) => (
            <div key={tpl.id} className="template-option">
              <label>
                <input type="radio" name="template" value={tpl.id} checked={templateId === tpl.id} onChange={() => setTemplateId(tpl.id)} />
                {t(`templates.${tpl.id}.hint`)}
              </label>
              {tpl.variableSeats && templateId === tpl.id && (
                <label className="template-seats">
                  {t('templates.seatCount')}
                  <input
                    name="template-seats"
                    type="number"
                    min={1}
                    max={MAX_TEMPLATE_SEATS}
                    value={seats[tpl.id] ?? String(tpl.seats)}
                    onChange={(e) => setSeats({ ...seats, [tpl.id]: e.target.value })}
                  />
                </label>
              )}
            </div>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>
            {t('newMap.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('newMap.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
