import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CountryListItem } from '../../../shared/contracts/country-profiles.js';
import { type Column, Table } from '../../components/ui/index.js';
import { COMPARE_MAX } from './compare-codes.js';
import { useDayFormat } from './format.js';
import { useProfileLabels } from './use-profile-labels.js';

interface Props {
  items: readonly CountryListItem[];
  selected: readonly string[];
  onToggle: (code: string) => void;
  caption: string;
}

/**
 * The countries as a table carrying everything the map shows (role, published or not) in words,
 * with a checkbox per row to pick countries for the comparison.
 */
export function CountryTable({ items, selected, onToggle, caption }: Props) {
  const { t } = useTranslation('countries');
  const formatDay = useDayFormat();
  const labels = useProfileLabels();
  const full = selected.length >= COMPARE_MAX;

  const columns: Column<CountryListItem>[] = [
    {
      key: 'select',
      header: t('list.select'),
      render: (c) => {
        const checked = selected.includes(c.code);
        return (
          <span className="select-cell">
            <input
              type="checkbox"
              checked={checked}
              // A full comparison refuses more, but stays focusable so the reason can be read.
              aria-disabled={!checked && full ? true : undefined}
              aria-label={t('list.selectCountry', { name: c.name })}
              onChange={() => {
                if (checked || !full) onToggle(c.code);
              }}
            />
          </span>
        );
      },
    },
    {
      key: 'name',
      header: t('list.name'),
      rowHeader: true,
      render: (c) => <Link to={`/countries/${c.code}`}>{c.name}</Link>,
    },
    { key: 'region', header: t('list.region'), render: (c) => c.regionName ?? '' },
    {
      key: 'income',
      header: t('list.incomeGroup'),
      render: (c) => (c.incomeGroup ? labels.incomeGroup(c.incomeGroup) : ''),
    },
    {
      key: 'role',
      header: t('list.role'),
      render: (c) => (c.hasProfile ? (c.countryRoleName ?? c.countryRole ?? t('value.none')) : ''),
    },
    { key: 'lead', header: t('list.leadAgency'), render: (c) => c.leadAgency ?? '' },
    {
      key: 'published',
      header: t('list.published'),
      render: (c) =>
        c.hasProfile && c.publishedAt ? (
          formatDay(c.publishedAt)
        ) : (
          <span className="muted">{t('list.noProfile')}</span>
        ),
    },
  ];

  return <Table caption={caption} columns={columns} rows={items} rowKey={(c) => c.code} />;
}
