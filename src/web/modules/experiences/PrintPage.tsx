import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Button, Checkbox, Loading } from '../../components/ui/index.js';
import { useDayFormat } from '../countries/format.js';
import { ExperienceView } from './ExperienceView.js';
import { contentLanguage, shownText } from './library-content.js';
import { readStoryView, storyHref } from './library-filters.js';
import { shownAttachments, useShownStory } from './library-story.js';
import './library.css';

/**
 * The printable experience (and, through the browser's "save as PDF", its PDF): the story alone,
 * without the site's header and navigation; each section starts on a fresh page where it would
 * split, link addresses are written out and attachments listed. The button opens the print dialog.
 */
export default function PrintPage() {
  const { t } = useTranslation('experiences');
  const id = useParams().id ?? '';
  const locale = useLocale();
  const formatDay = useDayFormat();
  const [params] = useSearchParams();
  const [breaks, setBreaks] = useState(false);
  const view = readStoryView(params);
  const {
    data: e,
    error,
    loading,
  } = useApi<Experience>(`/experiences/${encodeURIComponent(id)}?locale=${locale}`);
  const story = useShownStory(e, view.version, locale);
  const doc = story.doc;
  const lang = doc ? contentLanguage(doc, view.lang ?? locale) : null;
  const title = doc && lang ? shownText(doc.title, lang) : null;

  useEffect(() => {
    if (title) document.title = `${title.text} · ${t('print.documentTitle')}`;
  }, [title, t]);

  return (
    <main id="main" className="print-page">
      <div className="print-tools no-print">
        <Link to={storyHref(id, view)}>{t('print.back')}</Link>
        <Checkbox
          label={t('print.breaks')}
          checked={breaks}
          onChange={(event) => setBreaks(event.target.checked)}
        />
        <Button onClick={() => window.print()} disabled={!doc}>
          {t('print.button')}
        </Button>
      </div>
      {!e || !doc || !lang ? (
        loading || story.loading ? (
          <Loading />
        ) : (
          <ApiErrorAlert error={error ?? story.error} />
        )
      ) : (
        <article className={breaks ? 'story-breaks' : undefined}>
          <header className="print-header">
            <h1 lang={title?.locale} dir="auto">
              {title?.text || t('untitled')}
            </h1>
            <p>{e.organisation.name}</p>
            <p className="muted">
              {story.older
                ? t('print.olderVersion', {
                    version: story.older.version,
                    date: formatDay(story.older.publishedAt),
                  })
                : e.published
                  ? [
                      t('trust.version', { version: e.published.version }),
                      e.published.reviewedBy && e.published.reviewedAt
                        ? t('trust.reviewed', {
                            name: e.published.reviewedBy,
                            date: formatDay(e.published.reviewedAt),
                          })
                        : t('trust.published', { date: formatDay(e.published.publishedAt) }),
                      e.lastVerifiedAt ? t('trust.verified', { date: formatDay(e.lastVerifiedAt) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')
                  : t('print.notPublished')}
            </p>
            <p className="muted">
              {t('print.language', { language: languageName(lang.locale, locale) })}
              {lang.statuses[lang.locale] === 'machine' ? ` · ${t('language.machine')}` : null}
              {e.stale ? ` · ${t('stale.badge')}` : null}
            </p>
            <p className="muted print-source">
              {t('print.source')}{' '}
              <span className="print-url">{`${window.location.origin}${storyHref(id, view)}`}</span>
            </p>
          </header>
          <ExperienceView
            doc={doc}
            lang={lang}
            attachments={shownAttachments(e.attachments)}
            organisationNames={e.organisationNames}
            print
          />
        </article>
      )}
    </main>
  );
}
