import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { TextField } from '../../components/ui/index.js';
import { rememberOrganisation } from './use-organisation-names.js';

interface Props {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Organisations already chosen, left out of the results. */
  exclude?: readonly string[];
  onPick: (organisation: { id: string; name: string }) => void;
}

/**
 * Finds an organisation by searching the directory (a list of thousands would fit neither a
 * select nor a slow line). Results are buttons: Tab reaches them, Enter picks one.
 */
export function OrganisationPicker({ label, hint, error, exclude = [], onPick }: Props) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 250);
    return () => clearTimeout(timer);
  }, [query]);
  const path = debounced.length >= 2 ? withQuery('/organisations', { q: debounced, limit: 8, locale }) : null;
  const results = useApi<{ items: OrganisationSummary[] }>(path);
  const options = (results.data?.items ?? []).filter((o) => !exclude.includes(o.id));

  return (
    <div>
      <TextField
        label={label}
        hint={hint ?? t('editor.searchHint')}
        name="organisationSearch"
        type="search"
        autoComplete="off"
        value={query}
        error={error}
        onChange={(e) => setQuery(e.target.value)}
      />
      {path && !results.loading ? (
        options.length > 0 ? (
          <ul className="menu-list" aria-label={t('editor.searchResults', { query: debounced })}>
            {options.map((o) => {
              const name = o.acronym ? `${o.name} (${o.acronym})` : o.name;
              return (
                <li key={o.id}>
                  <button
                    type="button"
                    className="menu-item"
                    onClick={() => {
                      rememberOrganisation(o.id, name, locale);
                      onPick({ id: o.id, name });
                      setQuery('');
                    }}
                  >
                    {name}
                    {o.countryName ? ` · ${o.countryName}` : ''}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted" role="status">
            {t('editor.searchNone')}
          </p>
        )
      ) : null}
    </div>
  );
}
