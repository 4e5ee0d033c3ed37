import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeZoneItem } from '../../../shared/contracts/reference.js';
import { findZone, matchedCity, searchTimeZones } from '../../../shared/time-zone-search.js';
import { comboboxKey } from './combobox-model.js';

const SHOWN = 8;

interface Props {
  label: string;
  /** API field, for the error summary's link. */
  name: string;
  value: string;
  zones: readonly TimeZoneItem[];
  error: string | undefined;
  onChange: (zone: TimeZoneItem) => void;
}

/** "New Delhi (Kolkata) · India · UTC+05:30": a zone as an option, naming the city that was found. */
function optionText(z: TimeZoneItem, query: string, t: (k: string) => string) {
  const city = matchedCity(z, query) ?? z.id;
  const own = z.cities[0];
  const place = own && own !== city ? `${city} (${own})` : city;
  return [place, z.country ?? t('zone.noCountry'), z.note, z.offset].filter(Boolean).join(' · ');
}

/**
 * Picks a time zone by typing a city, a country or a zone name: an editable combobox with a
 * list of matches (WAI-ARIA combobox pattern: arrows move the active option, announced through
 * aria-activedescendant; Enter chooses; Escape closes). The chosen zone's name stays in the box.
 */
export function TimeZoneCombobox({ label, name, value, zones, error, onChange }: Props) {
  const { t } = useTranslation('dialogues');
  const id = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const open = query !== null && query.trim() !== '';
  const matches = useMemo(() => (open ? searchTimeZones(zones, query, SHOWN) : []), [zones, query, open]);
  const current = findZone(zones, value);
  const optionId = (i: number) => `${id}-option-${i}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const choose = (z: TimeZoneItem | undefined) => {
    if (z) onChange(z);
    setQuery(null);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = comboboxKey(event.key, active, matches.length, open);
    if (action.type === 'none') return;
    event.preventDefault(); // Enter must not submit the form; arrows must not move the caret
    if (action.type === 'move') setActive(action.active);
    else if (action.type === 'choose') choose(matches[action.index]);
    else choose(undefined);
  };

  return (
    <div className={error ? 'field field-invalid zone-combobox' : 'field zone-combobox'} id={`field-${name}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        <span className="required" aria-hidden="true">
          *
        </span>
      </div>
      <p id={hintId} className="field-hint">
        {t('zone.hint')}
      </p>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        required
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        value={query ?? value}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => choose(undefined)}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={t('zone.matches', { label })}
        className="zone-options"
        hidden={!open || matches.length === 0}
      >
        {matches.map((z, i) => (
          <div
            key={z.id}
            id={optionId(i)}
            role="option"
            // Focus stays in the box (aria-activedescendant names the active option); -1 only
            // lets a pointer press land on the option without entering the tab order.
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'zone-option zone-option-active' : 'zone-option'}
            // Chosen on press, before the box loses focus (which would close the list first).
            onMouseDown={(event) => {
              event.preventDefault();
              choose(z);
            }}
          >
            {optionText(z, query ?? '', t)}
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {open ? t('zone.count', { count: matches.length }) : ''}
      </p>
      {current && !open ? <p className="muted zone-chosen">{optionText(current, '', t)}</p> : null}
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
