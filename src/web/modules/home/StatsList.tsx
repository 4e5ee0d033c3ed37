import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { Loading } from '../../components/ui/index.js';

// Only counts the page has words for are shown; new modules add their key here and in home.json.
const SHOWN = [
  'organisations',
  'countries',
  'countryProfiles',
  'capabilities',
  'experts',
  'experiences',
  'needs',
  'offers',
  'dialogues',
  'members',
] as const;

/** Live counts from the API; hidden quietly when the server cannot answer. */
export function StatsList() {
  const { t } = useTranslation('home');
  const locale = useLocale();
  const { data, loading, error } = useApi<{ counts: Record<string, number> }>('/stats');

  if (loading) return <Loading />;
  if (error || !data) return <p className="muted">{t('stats.unavailable')}</p>;
  const format = new Intl.NumberFormat(locale);
  return (
    <dl className="stats">
      {SHOWN.filter((key) => data.counts[key] !== undefined).map((key) => (
        <div key={key}>
          <dt>{t(`stats.${key}`)}</dt>
          <dd>{format.format(data.counts[key] ?? 0)}</dd>
        </div>
      ))}
    </dl>
  );
}
