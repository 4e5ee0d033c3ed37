import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/index.js';
import type { Coded } from './reference-lists.js';

const MAX_SHOWN = 12;

/** Lower-case, accent-free text, so "energia" finds "Energía". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

interface Props {
  /** The legend of the group. */
  label: string;
  /** API field (errors for `sectors` land here) and, in filter forms, the submitted parameter. */
  name: string;
  items: readonly Coded[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** One code at most (filters); a new choice replaces the old. */
  single?: boolean;
  /** Show the code before the name ("16010 Social Protection"); off for languages. */
  showCode?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  /** Submit the chosen codes as hidden inputs (uncontrolled filter forms). */
  submit?: boolean;
  /** Text when nothing is chosen. */
  emptyText?: string;
}

/**
 * Chooses codes from a long list (325 DAC sectors, 169 SDG targets) by typing a code or words:
 * a select of that size would be unusable on a phone and with a screen reader. Chosen codes
 * are chips with a remove button; matches are plain buttons in the tab order.
 */
export function CodePicker(props: Props) {
  const { t } = useTranslation('expertise');
  const id = useId();
  const [query, setQuery] = useState('');
  const showCode = props.showCode ?? true;
  const byCode = useMemo(() => new Map(props.items.map((i) => [i.code, i])), [props.items]);
  const display = (code: string) => {
    const item = byCode.get(code);
    if (!item) return code;
    if (item.label) return item.label;
    return showCode ? `${item.code} ${item.name}` : item.name;
  };

  const words = fold(query.trim()).split(/\s+/).filter(Boolean);
  const matches =
    words.length === 0
      ? []
      : props.items.filter((item) => {
          if (props.value.includes(item.code)) return false;
          if (item.code.startsWith(query.trim())) return true;
          const name = fold(item.name);
          return words.every((w) => name.includes(w));
        });

  const choose = (code: string) => {
    props.onChange(props.single ? [code] : [...props.value, code]);
    setQuery('');
  };
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;

  return (
    <fieldset className={props.error ? 'field field-invalid' : 'field'}>
      <legend>{props.label}</legend>
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.value.length > 0 ? (
        <ul className="chips">
          {props.value.map((code) => (
            <li key={code}>
              <span>{display(code)}</span>
              <Button
                variant="quiet"
                aria-label={t('picker.remove', { name: display(code) })}
                onClick={() => props.onChange(props.value.filter((c) => c !== code))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{props.emptyText ?? t('picker.none')}</p>
      )}
      {props.submit
        ? props.value.map((code) => <input key={code} type="hidden" name={props.name} value={code} />)
        : null}
      <input
        type="search"
        value={query}
        aria-label={t('picker.search', { label: props.label })}
        aria-describedby={[hintId, props.error ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.error ? true : undefined}
        placeholder={t('picker.hint')}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the only match instead of submitting the form.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (matches.length === 1 && matches[0]) choose(matches[0].code);
        }}
      />
      {words.length > 0 ? (
        matches.length > 0 ? (
          <>
            <ul className="menu-list" aria-label={t('picker.results')}>
              {matches.slice(0, MAX_SHOWN).map((item) => (
                <li key={item.code}>
                  <button type="button" className="menu-item" onClick={() => choose(item.code)}>
                    {item.label ?? (
                      <>
                        {showCode ? <strong>{item.code}</strong> : null} {item.name}
                      </>
                    )}
                  </button>
                </li>
              ))}
            </ul>
            {matches.length > MAX_SHOWN ? <p className="muted">{t('picker.more')}</p> : null}
          </>
        ) : (
          <p className="muted" role="status">
            {t('picker.noMatch')}
          </p>
        )
      ) : null}
      <p id={errorId} className="field-error" aria-live="polite">
        {props.error}
      </p>
    </fieldset>
  );
}
