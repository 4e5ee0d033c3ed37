import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { Button, TextField } from '../../components/ui/index.js';

interface Props {
  parentId: string;
  parentName: string;
  /** The organisation being edited, which cannot be its own parent. */
  selfId?: string;
  error?: string | undefined;
  onChange: (parent: { parentId: string; parentName: string }) => void;
}

/**
 * Chooses the organisation this one is part of (a directorate under its ministry) by searching
 * the directory: a list of thousands would not fit a select, nor a slow connection.
 */
export function ParentPicker({ parentId, parentName, selfId, error, onChange }: Props) {
  const { t, i18n } = useTranslation('organisations');
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 250);
    return () => clearTimeout(timer);
  }, [query]);
  const path =
    debounced.length >= 2
      ? withQuery('/organisations', { q: debounced, limit: 8, locale: i18n.language })
      : null;
  const results = useApi<{ items: OrganisationSummary[] }>(path);
  const options = (results.data?.items ?? []).filter((o) => o.id !== selfId && o.id !== parentId);

  return (
    <fieldset>
      <legend>{t('fields.parent')}</legend>
      <p aria-live="polite">
        {parentId ? (
          <>
            <strong>{parentName}</strong>{' '}
            <Button variant="quiet" onClick={() => onChange({ parentId: '', parentName: '' })}>
              {t('form.parentRemove')}
            </Button>
          </>
        ) : (
          <span className="muted">{t('form.parentNone')}</span>
        )}
      </p>
      <TextField
        label={t('form.parentSearch')}
        hint={t('form.parentHint')}
        name="parentSearch"
        type="search"
        value={query}
        error={error}
        onChange={(e) => setQuery(e.target.value)}
      />
      {path && options.length > 0 ? (
        <ul className="menu-list" aria-label={t('form.parentResults')}>
          {options.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className="menu-item"
                onClick={() => {
                  onChange({ parentId: o.id, parentName: o.name });
                  setQuery('');
                }}
              >
                {o.name}
                {o.acronym ? ` (${o.acronym})` : ''}
                {o.countryName ? ` · ${o.countryName}` : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
