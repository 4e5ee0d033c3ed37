import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { withQuery } from '../../api/client.js';
import { usePaged } from '../../api/use-paged.js';
import { useLocale } from '../../app/i18n.js';
import { PagedList } from '../../components/lists/PagedList.js';
import type { Series } from './types.js';

/** The dialogue series the reader may see, newest first, page by page; each a link to its page. */
export function SeriesList() {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const list = usePaged<Series>(withQuery('/dialogue-series', { locale }));
  return (
    <section className="section" aria-labelledby="series-heading">
      <h2 id="series-heading">{t('list.series')}</h2>
      <PagedList list={list} noneText={t('list.noSeries')} className="dialogue-list">
        {list.items.map((s) => (
          <li key={s.id} className="dialogue-item">
            <h3>
              <Link to={`/dialogues/series/${s.id}`}>{localized(s.title, locale, s.defaultLocale)}</Link>
            </h3>
            <p className="muted">{t('list.convenedBy', { organisation: s.convenerOrganisation.name })}</p>
          </li>
        ))}
      </PagedList>
    </section>
  );
}
