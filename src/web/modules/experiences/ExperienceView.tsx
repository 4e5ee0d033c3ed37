import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attachment, ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Attachments, Links, NameList, Participants } from './ExperienceViewParts.js';
import { StoryText } from './ExperienceViewText.js';
import { type ContentLanguage, hasText, periodForm, storyLanguages } from './library-content.js';
import { useFieldLabels, type ViewSection } from './library-fields.js';
import { useCodeLabels } from './library-labels.js';
import { usePeriodText } from './library-text.js';

/** "16010 Social protection"; the code alone until its name is known. */
const withCode = (code: string, name: string) => (name === code ? code : `${code} ${name}`);

/** One row of a description list. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface Props {
  doc: ExperienceDocument;
  lang: ContentLanguage;
  attachments: Attachment[];
  /** Names of the directory organisations among the participants, by id (Experience.organisationNames). */
  organisationNames: Record<string, string>;
  /** The paper version: addresses written out, no thumbnails, a page break before each section. */
  print?: boolean;
}

/**
 * Every section of an experience in the template's order. Texts in the page language with a
 * marker where a field falls back to another; codes by their names; nothing rendered as HTML.
 */
export function ExperienceView({ doc, lang, attachments, organisationNames, print = false }: Props) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  const labels = useFieldLabels();
  const codes = useCodeLabels(doc, locale);
  const period = usePeriodText();
  const none = <p className="muted">{t('view.notDescribed')}</p>;
  const vocab = (name: Parameters<typeof codes.vocabulary>[0], list: readonly string[]) => (
    <NameList names={list.map((c) => codes.vocabulary(name, c))} />
  );

  const section = (name: ViewSection, body: ReactNode) => (
    <section key={name} className="section story-section" aria-labelledby={`section-${name}`}>
      <h2 id={`section-${name}`}>{name === 'attachments' ? t('view.attachments') : labels.section(name)}</h2>
      {body}
    </section>
  );
  const text = (name: ViewSection, map: ExperienceDocument['summary']) =>
    section(name, hasText(map) ? <StoryText map={map} lang={lang} /> : none);
  const money = (amount: number, currency: string | null) => {
    try {
      return currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
            amount,
          )
        : new Intl.NumberFormat(locale).format(amount);
    } catch {
      return `${amount} ${currency ?? ''}`.trim();
    }
  };
  const hasCosts = doc.costs.amount !== null || hasText(doc.costs.paidBy) || hasText(doc.costs.note);
  const hasContact = !!doc.contact.name || !!doc.contact.email;
  const dash = <span className="muted">{t('view.none')}</span>;

  return (
    <div className={print ? 'story story-print' : 'story'}>
      {text('summary', doc.summary)}
      {text('challenge', doc.challenge)}
      {section(
        'approach',
        <>
          {hasText(doc.approach) ? <StoryText map={doc.approach} lang={lang} /> : none}
          <dl className="details">
            <Fact label={labels.field('instruments')}>{vocab('instrument', doc.instruments)}</Fact>
            <Fact label={labels.field('activityTypes')}>{vocab('activity_type', doc.activityTypes)}</Fact>
            <Fact label={labels.field('deliveryMode')}>
              {doc.deliveryMode ? codes.vocabulary('delivery_mode', doc.deliveryMode) : dash}
            </Fact>
            <Fact label={labels.field('durationMonths')}>
              {doc.durationMonths !== null ? new Intl.NumberFormat(locale).format(doc.durationMonths) : dash}
            </Fact>
          </dl>
        </>,
      )}
      {section(
        'participants',
        <Participants
          doc={doc}
          lang={lang}
          labels={labels}
          codes={codes}
          organisationNames={organisationNames}
        />,
      )}
      {text('results', doc.results)}
      {text('didNotWork', doc.didNotWork)}
      {text('lessons', doc.lessons)}
      {hasCosts
        ? section(
            'costs',
            <dl className="details">
              <Fact label={labels.field('costs.amount')}>
                {doc.costs.amount !== null ? money(doc.costs.amount, doc.costs.currency) : dash}
              </Fact>
              <Fact label={labels.field('costs.paidBy')}>
                {hasText(doc.costs.paidBy) ? <StoryText map={doc.costs.paidBy} lang={lang} inline /> : dash}
              </Fact>
              {hasText(doc.costs.note) ? (
                <Fact label={labels.field('costs.note')}>
                  <StoryText map={doc.costs.note} lang={lang} inline />
                </Fact>
              ) : null}
            </dl>,
          )
        : null}
      {section(
        'classification',
        <dl className="details">
          <Fact label={t('view.period')}>{period(periodForm(doc.periodStart, doc.periodEnd)) || dash}</Fact>
          <Fact label={labels.field('sectors')}>
            <NameList names={doc.sectors.map((c) => withCode(c, codes.sector(c)))} />
          </Fact>
          <Fact label={labels.field('sdgTargets')}>
            <NameList names={doc.sdgTargets.map((c) => withCode(c, codes.sdg(c)))} />
          </Fact>
          <Fact label={labels.field('modality')}>
            {doc.modality ? codes.vocabulary('ssc_modality', doc.modality) : dash}
          </Fact>
          <Fact label={labels.field('knowledgeModes')}>{vocab('knowledge_mode', doc.knowledgeModes)}</Fact>
          <Fact label={labels.field('outcomes')}>{vocab('intermediate_outcome', doc.outcomes)}</Fact>
          <Fact label={labels.field('assessmentDimensions')}>
            {doc.assessmentDimensions.length === 0 ? (
              dash
            ) : (
              <ul className="inline-list">
                {doc.assessmentDimensions.map((code) => (
                  <li key={code}>
                    <Link to={`/assessments/who-solved?dimension=${encodeURIComponent(code)}`}>
                      {codes.vocabulary('assessment_dimension', code)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
        </dl>,
      )}
      {hasContact
        ? section(
            'contact',
            <p>
              {doc.contact.name ? <span dir="auto">{doc.contact.name}</span> : null}
              {doc.contact.name && doc.contact.email ? ' · ' : null}
              {doc.contact.email ? <a href={`mailto:${doc.contact.email}`}>{doc.contact.email}</a> : null}
            </p>,
          )
        : null}
      {doc.links.length > 0 ? section('links', <Links links={doc.links} print={print} />) : null}
      {attachments.length > 0
        ? section('attachments', <Attachments attachments={attachments} lang={lang} print={print} />)
        : null}
      {doc.languages.length > 0
        ? section(
            'languages',
            <ul className="plain-list">
              {storyLanguages(doc).map((l) => (
                <li key={l.locale}>
                  <span lang={l.locale}>{languageName(l.locale, locale)}</span> ·{' '}
                  {labels.translation(l.status)}
                </li>
              ))}
            </ul>,
          )
        : null}
    </div>
  );
}
