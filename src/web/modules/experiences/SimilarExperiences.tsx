import { useTranslation } from 'react-i18next';
import type { ExperienceSummary } from '../../../shared/contracts/experiences.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { LibraryResultItem } from './LibraryResultItem.js';
import { useCountryNames } from './library-labels.js';

/** Up to five experiences like this one; asked for once the story itself is on screen. Nothing when none. */
export function SimilarExperiences({ id }: { id: string }) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  const { data } = useApi<{ items: ExperienceSummary[] }>(`/experiences/${id}/similar?locale=${locale}`);
  const items = data?.items ?? [];
  const countryName = useCountryNames(
    locale,
    items.some((i) => i.countryCodes.length > 0),
  );
  if (items.length === 0) return null;
  return (
    <section className="section similar" aria-labelledby="similar-heading">
      <h2 id="similar-heading">{t('similar.heading')}</h2>
      <ul className="result-list library-list">
        {items.map((item) => (
          <LibraryResultItem key={item.id} item={item} countryName={countryName} />
        ))}
      </ul>
    </section>
  );
}
