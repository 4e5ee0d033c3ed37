import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { useDayFormat } from '../countries/format.js';
import { ExperienceView } from './ExperienceView.js';
import { ExperienceViewActions } from './ExperienceViewActions.js';
import { ExperienceViewBanners } from './ExperienceViewBanners.js';
import { ExperienceViewLanguages } from './ExperienceViewLanguages.js';
import { contentLanguage, shownText } from './library-content.js';
import { useFieldLabels } from './library-fields.js';
import { readStoryView, type StoryView, storyHref } from './library-filters.js';
import { type OlderVersion, shownAttachments, useShownStory } from './library-story.js';
import { SimilarExperiences } from './SimilarExperiences.js';
import { VersionHistory } from './VersionHistory.js';
import './library.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One experience: every section of the template in the reader's language (or a marked other
 * one), who reviewed it and when it was last confirmed, banners for drafts, reviews and stale
 * stories, the actions the reader may take, the version history, similar experiences and the
 * print view. `?lang=` picks the content language, `?version=` an older version.
 */
export default function ExperiencePage() {
  const { t } = useTranslation('experiences');
  const id = useParams().id ?? '';
  const locale = useLocale();
  const formatDay = useDayFormat();
  const labels = useFieldLabels();
  const [params] = useSearchParams();
  const view = readStoryView(params);
  const valid = UUID.test(id);
  const {
    data: e,
    error,
    loading,
    setData,
  } = useApi<Experience>(valid ? `/experiences/${id}?locale=${locale}` : null);
  const story = useShownStory(e, view.version, locale);

  if (!valid || error?.status === 404) return <NotFoundPage />;
  if (!e) {
    return loading ? (
      <Loading />
    ) : (
      <Page title={t('page.unavailable')}>
        <ApiErrorAlert error={error} />
      </Page>
    );
  }

  const linkFor = (next: Partial<StoryView>) => storyHref(e.id, { ...view, ...next });
  const doc = story.doc;
  const lang = doc ? contentLanguage(doc, view.lang ?? locale) : null;
  // While an older version loads, the heading keeps the current title rather than flashing "Untitled".
  const titleDoc = doc ?? e.published?.content ?? e.draft?.content ?? null;
  const titleLang = titleDoc ? (lang ?? contentLanguage(titleDoc, view.lang ?? locale)) : null;
  const title = (titleDoc && titleLang && shownText(titleDoc.title, titleLang)) || null;

  return (
    <Page
      title={title?.text || t('untitled')}
      before={
        <Link className="back-link" to="/experiences">
          {t('page.back')}
        </Link>
      }
      actions={
        <ExperienceViewActions
          experience={e}
          printTo={storyHref(e.id, { ...view, lang: lang?.locale ?? view.lang }, true)}
          onChanged={setData}
        />
      }
      intro={
        <p>
          <Link to={`/organisations/${e.organisation.id}`}>{e.organisation.name}</Link>
          {e.author ? ` · ${t('page.author', { name: e.author })}` : null}
        </p>
      }
    >
      <ExperienceViewBanners experience={e} />
      <OlderVersionNotice older={story.older} current={e.published?.version ?? null} linkFor={linkFor} />
      {story.error ? (
        <>
          <ApiErrorAlert error={story.error} />
          <p>
            <Link to={linkFor({ version: null })}>{t('older.readLatest')}</Link>
          </p>
        </>
      ) : null}
      {story.workingCopy ? (
        <Alert tone="info">
          <p>{t('page.workingCopy')}</p>
        </Alert>
      ) : null}

      {e.published && !story.older ? (
        <p className="trust-line">
          {e.published.reviewedBy && e.published.reviewedAt
            ? t('trust.reviewed', { name: e.published.reviewedBy, date: formatDay(e.published.reviewedAt) })
            : t('trust.published', { date: formatDay(e.published.publishedAt) })}
          {e.lastVerifiedAt ? ` · ${t('trust.verified', { date: formatDay(e.lastVerifiedAt) })}` : null}
          {' · '}
          {t('trust.version', { version: e.published.version })}
          {e.viewCount > 0 ? ` · ${t('trust.views', { count: e.viewCount })}` : null}
        </p>
      ) : null}

      {doc && lang ? (
        <>
          {title?.fallback ? (
            <p className="badge badge-quiet">
              {t('language.titleIn', { language: languageName(title.locale, locale) })}
            </p>
          ) : null}
          <ExperienceViewLanguages
            doc={doc}
            lang={lang}
            labels={labels}
            linkFor={(l) => linkFor({ lang: l === locale ? null : l })}
          />
          <article aria-label={title?.text || t('untitled')}>
            <ExperienceView
              doc={doc}
              lang={lang}
              attachments={shownAttachments(e.attachments)}
              organisationNames={e.organisationNames}
            />
          </article>
        </>
      ) : story.loading ? (
        <Loading />
      ) : null}

      <VersionHistory
        id={e.id}
        versions={e.versions}
        current={e.published?.version ?? null}
        shown={story.older?.version ?? (story.workingCopy ? null : (e.published?.version ?? null))}
        linkFor={(version) => linkFor({ version })}
      />
      {e.status === 'published' ? <SimilarExperiences id={e.id} /> : null}
    </Page>
  );
}

function OlderVersionNotice({
  older,
  current,
  linkFor,
}: {
  older: OlderVersion | null;
  current: number | null;
  linkFor: (next: Partial<StoryView>) => string;
}) {
  const { t } = useTranslation('experiences');
  const formatDay = useDayFormat();
  if (!older) return null;
  return (
    <Alert tone="warning" title={t('older.title', { version: older.version })}>
      <p>
        {t('older.text', { date: formatDay(older.publishedAt) })}
        {older.changeNote ? ` ${t('older.note', { note: older.changeNote })}` : null}
      </p>
      {current !== null ? (
        <p>
          <Link to={linkFor({ version: null })}>{t('older.readCurrent', { version: current })}</Link>
        </p>
      ) : null}
    </Alert>
  );
}
