import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LIVE_STATUSES, type Need, type Offer } from '../../../shared/contracts/marketplace.js';
import { type LocaleMap, type LocalizedText, pickLocale } from '../../../shared/locale-map.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { useSession } from '../../app/session.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Loading, Page } from '../../components/ui/index.js';
import { RecordActions } from '../expertise/RecordActions.js';
import { MatchesSection } from '../matching/MatchesSection.js';
import { introductionFor } from '../matching/match-model.js';
import { ProposeIntroduction } from '../matching/ProposeIntroduction.js';
import { ShownIn } from './MarketRecordParts.js';
import { MarketStatus } from './MarketStatus.js';
import type { MarketKind } from './market-filters.js';
import { askedLanguage, languageHref, textLanguages } from './record-text.js';
import '../experiences/library.css';
import './market.css';

/** Loads the need or offer of the address, then draws it; "not found" and failures as pages. */
export function MarketRecordLoader<T>({
  kind,
  children,
}: {
  kind: MarketKind;
  children: (record: T) => ReactNode;
}) {
  const { t } = useTranslation('market');
  const { id = '' } = useParams();
  const locale = useLocale();
  const { data, error, loading } = useApi<T>(`/${kind}s/${encodeURIComponent(id)}?locale=${locale}`);
  if (error?.status === 404) return <NotFoundPage />;
  if (!data)
    return loading ? (
      <Loading />
    ) : (
      <Page title={t(`${kind}.unavailable`)}>
        <ApiErrorAlert error={error} />
      </Page>
    );
  return children(data);
}

/** The language the texts are shown in, and each text in it (with the language it is really in). */
export interface ShownTexts {
  lang: string;
  pick: (map: LocaleMap) => LocalizedText | null;
}

/**
 * The page of a need or offer: title, edit and history, status and expiry, a switch to the other
 * languages its texts are written in, the record's own sections (`children`), then its matches,
 * from which an introduction can be proposed while the record is still looking.
 */
export function MarketRecordPage({
  kind,
  record,
  texts,
  children,
}: {
  kind: MarketKind;
  record: Need | Offer;
  /** The record's multilingual texts (besides its title), for the language switch. */
  texts: readonly LocaleMap[];
  children: (shown: ShownTexts) => ReactNode;
}) {
  const { t } = useTranslation('market');
  const locale = useLocale();
  const { can } = useSession();
  const [params] = useSearchParams();
  const path = `/${kind}s/${record.id}`;
  const languages = textLanguages([record.titles, ...texts], record.defaultLocale);
  const lang = askedLanguage(params, languages) ?? locale;
  const pick = (map: LocaleMap) => pickLocale(map, lang, record.defaultLocale);
  const title = pick(record.titles) ?? { text: record.title, locale: record.titleLocale, fallback: false };
  const live = LIVE_STATUSES.includes(record.status) && !record.expired;
  const mayPropose = live && (can('introduction.propose') || can('introduction.broker'));
  const subject = { kind, id: record.id };

  return (
    <Page
      title={title.text}
      before={
        <Link className="back-link" to={`/${kind}s`}>
          {t(`${kind}.back`)}
        </Link>
      }
      actions={
        <RecordActions
          abilities={record.abilities}
          editTo={`${path}/edit`}
          historyTo={`/audit/${kind}/${record.id}`}
          deletePath={path}
          afterDelete={`/${kind}s`}
          labels={{
            edit: t(`${kind}.edit`),
            history: t(`${kind}.history`),
            delete: t(`${kind}.delete`),
            confirm: t(`${kind}.confirmDelete`, { title: record.title }),
          }}
        />
      }
    >
      <p className="muted market-kind">{t(`kind.${kind}`)}</p>
      <MarketStatus item={record}>
        {title.locale !== lang ? <ShownIn language={title.locale} asked={lang} /> : null}
      </MarketStatus>
      <LanguageSwitch languages={languages} lang={lang} linkFor={(l) => languageHref(path, l, locale)} />
      {children({ lang, pick })}
      <MatchesSection
        subject={subject}
        action={(match, titleId) =>
          mayPropose && introductionFor(subject, match, '') ? (
            <ProposeIntroduction subject={subject} match={match} titleId={titleId} />
          ) : null
        }
      />
    </Page>
  );
}

/** Links to the record in each language its texts are written in (the choice is in the address). */
function LanguageSwitch({
  languages,
  lang,
  linkFor,
}: {
  languages: readonly string[];
  lang: string;
  linkFor: (lang: string) => string;
}) {
  const { t } = useTranslation('market');
  const locale = useLocale();
  if (languages.length < 2) return null;
  return (
    <nav aria-label={t('text.switcher')} className="market-languages">
      <span className="muted small">{t('text.available')}</span>
      <ul className="language-switch">
        {languages.map((l) => (
          <li key={l}>
            <Link to={linkFor(l)} aria-current={l === lang ? 'true' : undefined} lang={l}>
              {languageName(l, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
