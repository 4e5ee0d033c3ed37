import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../shared/contracts/reference.js';
import { LIMITS } from '../../../shared/limits.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Button, Select, TextField } from '../../components/ui/index.js';
import { type LocalStart, SEGMENT_KIND_OPTIONS, type SegmentDraft } from './agenda-model.js';
import type { Dialogue } from './types.js';

export interface AgendaRowProps {
  row: SegmentDraft;
  index: number;
  count: number;
  /** What the row is called for screen readers: "Segment 3: Presentation". */
  name: string;
  dialogue: Dialogue;
  languages: string[];
  countries: readonly Country[];
  starts: LocalStart[];
  errorAt: (path: string) => string | undefined;
  onChange: (patch: Partial<SegmentDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** The handle's pointer events (usePointerReorder), and whether a dragged row would land here. */
  handle: {
    onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    onPointerMove: (event: PointerEvent<HTMLElement>) => void;
    onPointerUp: (event: PointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
  };
  dropTarget: boolean;
  dragged: boolean;
}

/**
 * One segment of the agenda: its kind, title, minutes, site or speaker, moderator and country,
 * its start on every site's clock, and the buttons that move it (the keyboard's way to reorder)
 * or remove it. Dragged by its handle with a mouse, a pen or a finger.
 */
export function AgendaRow(p: AgendaRowProps) {
  const { t } = useTranslation('dialogues');
  const path = `segments.${p.index}`;
  const text = (key: 'minutes' | 'speaker' | 'moderator') => ({
    name: `${path}.${key}`,
    value: p.row[key],
    error: p.errorAt(`${path}.${key}`),
    onChange: (event: { target: { value: string } }) => p.onChange({ [key]: event.target.value }),
  });
  const cities = new Map(p.dialogue.sites.map((s) => [s.id, s.city]));
  return (
    <li
      className={['agenda-row', p.dropTarget ? 'agenda-row-over' : '', p.dragged ? 'agenda-row-dragged' : '']
        .filter(Boolean)
        .join(' ')}
      data-row={p.row.key}
      data-row-index={p.index}
      data-testid="agenda-segment"
    >
      <fieldset>
        <legend>
          <span
            className="drag-handle"
            aria-hidden="true"
            title={t('agenda.dragHint')}
            data-testid="drag-handle"
            {...p.handle}
          >
            ⠿
          </span>{' '}
          {p.name}
        </legend>
        <div className="agenda-fields">
          <Select
            label={t('agenda.kind')}
            name={`${path}.kind`}
            options={SEGMENT_KIND_OPTIONS.map((k) => ({ value: k, label: t(`segmentKind.${k}`) }))}
            value={p.row.kind}
            error={p.errorAt(`${path}.kind`)}
            onChange={(e) => p.onChange({ kind: e.target.value as SegmentDraft['kind'] })}
          />
          <TextField
            label={t('agenda.minutes')}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            required
            {...text('minutes')}
          />
          <LocaleMapFields
            field={`${path}.title`}
            legend={t('agenda.title')}
            languages={p.languages}
            values={p.row.title}
            onChange={(title) => p.onChange({ title })}
            fieldError={p.errorAt}
            maxLength={LIMITS.nameMax}
          />
          <Select
            label={t('agenda.site')}
            name={`${path}.siteId`}
            placeholder={t('agenda.noSite')}
            options={p.dialogue.sites.map((s) => ({ value: s.id, label: s.city }))}
            value={p.row.siteId}
            error={p.errorAt(`${path}.siteId`)}
            onChange={(e) => p.onChange({ siteId: e.target.value })}
          />
          <TextField label={t('agenda.speaker')} maxLength={300} {...text('speaker')} />
          <TextField label={t('agenda.moderator')} maxLength={300} {...text('moderator')} />
          <Select
            label={t('agenda.country')}
            name={`${path}.countryCode`}
            placeholder={t('agenda.noCountry')}
            options={p.countries.map((c) => ({ value: c.code, label: c.name }))}
            value={p.row.countryCode}
            error={p.errorAt(`${path}.countryCode`)}
            onChange={(e) => p.onChange({ countryCode: e.target.value })}
          />
        </div>
        {p.starts.length > 0 ? (
          <p className="agenda-starts">
            <span className="muted">{t('agenda.startsAt')}</span>{' '}
            {p.starts
              .map((s) =>
                t(s.dayShift ? 'agenda.startAtShifted' : 'agenda.startAt', {
                  city: cities.get(s.siteId) ?? '',
                  time: s.time,
                  count: s.dayShift,
                }),
              )
              .join(' · ')}
          </p>
        ) : null}
        <div className="button-row">
          <Button
            variant="secondary"
            className="btn-small"
            data-move="up"
            disabled={p.index === 0}
            aria-label={t('rows.moveUpNamed', { name: p.name })}
            onClick={() => p.onMove(-1)}
          >
            {t('rows.moveUp')}
          </Button>
          <Button
            variant="secondary"
            className="btn-small"
            data-move="down"
            disabled={p.index === p.count - 1}
            aria-label={t('rows.moveDownNamed', { name: p.name })}
            onClick={() => p.onMove(1)}
          >
            {t('rows.moveDown')}
          </Button>
          <Button
            variant="danger"
            className="btn-small"
            aria-label={t('rows.removeNamed', { name: p.name })}
            onClick={p.onRemove}
          >
            {t('rows.remove')}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
