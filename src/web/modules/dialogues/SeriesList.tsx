import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { useLocale } from '../../app/i18n.js';
import type { Series } from './types.js';

/** The dialogue series the reader may see, each a link to its page. */
export function SeriesList({ items }: { items: readonly Series[] }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  return (
    <section className="section" aria-labelledby="series-heading">
      <h2 id="series-heading">{t('list.series')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('list.noSeries')}</p>
      ) : (
        <ul className="dialogue-list">
          {items.map((s) => (
            <li key={s.id} className="dialogue-item">
              <h3>
                <Link to={`/dialogues/series/${s.id}`}>{localized(s.title, locale, s.defaultLocale)}</Link>
              </h3>
              <p className="muted">{t('list.convenedBy', { organisation: s.convenerOrganisation.name })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
