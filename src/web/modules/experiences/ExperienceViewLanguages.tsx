import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { type ContentLanguage, storyLanguages } from './library-content.js';
import type { FieldLabels } from './library-fields.js';

/**
 * Which language the story is shown in, and a switch to its other languages (links, so the
 * choice is in the address). Says when the reader's language is missing and when the shown
 * text is an unreviewed machine translation.
 */
export function ExperienceViewLanguages({
  doc,
  lang,
  labels,
  linkFor,
}: {
  doc: ExperienceDocument;
  lang: ContentLanguage;
  labels: FieldLabels;
  linkFor: (locale: string) => string;
}) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  const name = (code: string) => languageName(code, locale);
  const languages = storyLanguages(doc);
  const machine = lang.statuses[lang.locale] === 'machine';

  return (
    <div className="story-languages">
      {lang.locale !== lang.requested ? (
        <p className="badge badge-quiet">
          {t('language.pageFallback', { requested: name(lang.requested), language: name(lang.locale) })}
        </p>
      ) : null}
      {machine ? (
        <p className="badge">
          {t('language.machineNotice')}
          {lang.original && lang.original !== lang.locale ? (
            <>
              {' '}
              <Link to={linkFor(lang.original)}>
                {t('language.readOriginal', { language: name(lang.original) })}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      {languages.length > 1 ? (
        <nav aria-label={t('language.switcher')}>
          <p className="muted small">{t('language.available')}</p>
          <ul className="language-switch">
            {languages.map((l) => (
              <li key={l.locale}>
                <Link
                  to={linkFor(l.locale)}
                  aria-current={l.locale === lang.locale ? 'true' : undefined}
                  lang={l.locale}
                >
                  {name(l.locale)}
                </Link>{' '}
                <span className="muted small">({labels.translation(l.status)})</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
