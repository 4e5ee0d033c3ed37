import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExperienceSummary } from '../../../shared/contracts/experiences.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { periodForm } from './library-content.js';
import { usePeriodText } from './library-text.js';
import { Snippet } from './Snippet.js';

/**
 * One experience in a list: its title (marked when not in the reader's language), the matched
 * words in context (or the summary), who and where, when, and whether it is overdue a check.
 */
export function LibraryResultItem({
  item,
  countryName,
  headingLevel = 3,
}: {
  item: ExperienceSummary;
  countryName: (code: string) => string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  const period = usePeriodText();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const foreign = item.titleLocale && item.titleLocale !== locale ? item.titleLocale : undefined;
  const years = period(periodForm(item.yearStart, item.yearEnd));
  const where = [item.organisation.name, item.countryCodes.map(countryName).join(', ')].filter(Boolean);

  return (
    <li className="library-item">
      <Heading className="library-item-title">
        <Link to={`/experiences/${item.id}`} lang={foreign} dir="auto">
          {item.title || t('untitled')}
        </Link>
      </Heading>
      {foreign ? (
        <p className="badge badge-quiet">
          {t('result.inLanguage', { language: languageName(foreign, locale) })}
        </p>
      ) : null}
      {item.stale ? <p className="badge">{t('stale.badge')}</p> : null}
      {item.snippet ? (
        <Snippet snippet={item.snippet} />
      ) : item.summary ? (
        <p className="library-summary" lang={foreign} dir="auto">
          {item.summary}
        </p>
      ) : null}
      <p className="muted">
        {where.join(' · ')}
        {years ? ` · ${years}` : null}
      </p>
      {item.languages.length > 1 ? (
        <p className="muted small">
          {t('result.languages', {
            languages: item.languages.map((l) => languageName(l, locale)).join(', '),
          })}
        </p>
      ) : null}
    </li>
  );
}
