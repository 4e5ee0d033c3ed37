import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { MarketStatus } from './MarketStatus.js';
import type { MarketKind } from './market-filters.js';
import type { MarketItem } from './use-market-search.js';

/**
 * One need or offer in a list: its title (marked when not in the reader's language), status and
 * expiry, who and where, its challenge area (needs) and sectors, and the start of its text.
 */
export function MarketListItem({ kind, item }: { kind: MarketKind; item: MarketItem }) {
  const { t } = useTranslation('market');
  const locale = useLocale();
  const foreign = item.titleLocale && item.titleLocale !== locale ? item.titleLocale : undefined;
  const org = item.organisation;
  return (
    <li className="market-item" data-testid="market-item">
      <h3 className="library-item-title">
        <Link to={`/${kind}s/${item.id}`} lang={foreign} dir="auto">
          {item.title}
        </Link>
      </h3>
      <MarketStatus item={item}>
        {foreign ? (
          <span className="badge badge-quiet">
            {t('result.inLanguage', { language: languageName(foreign, locale) })}
          </span>
        ) : null}
      </MarketStatus>
      <p className="muted">
        {org.acronym ? `${org.name} (${org.acronym})` : org.name} · {org.countryName}
      </p>
      {'challengeArea' in item ? (
        <p className="small">{t('result.challengeArea', { area: item.challengeArea.name })}</p>
      ) : null}
      {item.sectors.length > 0 ? (
        <p className="small">
          {t('result.sectors', { sectors: item.sectors.map((s) => s.name).join(', ') })}
        </p>
      ) : null}
      {item.summary ? (
        <p className="library-summary" lang={item.summaryLocale ?? undefined} dir="auto">
          {item.summary}
        </p>
      ) : null}
    </li>
  );
}
