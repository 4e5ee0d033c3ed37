import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, ExperienceDocument } from '../../../shared/contracts/experiences.js';
import {
  EXPERIENCE_FIELDS,
  type ExperienceField,
  FIELD_SECTIONS,
  type FieldSource,
  fieldValue,
  formatFieldValue,
} from '../../../shared/experience-fields.js';
import { useCountries } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { useOrganisationNames } from '../countries/use-organisation-names.js';
import { useVocabulary } from '../countries/use-vocabulary.js';
import { useSdgTargets, useSectors } from '../expertise/reference-lists.js';
import { AttachmentReviewNote } from './AttachmentReviewNote.js';
import { useFieldLabels } from './editor-labels.js';
import { formatBytes, type Texts } from './editor-model.js';

/** Names of the codes a document may carry, in the reader's language (the code itself until loaded). */
function useCodeNames(locale: string): (source: FieldSource, code: string) => string {
  const instrument = useVocabulary('instrument', locale);
  const activity = useVocabulary('activity_type', locale);
  const delivery = useVocabulary('delivery_mode', locale);
  const modality = useVocabulary('ssc_modality', locale);
  const mode = useVocabulary('knowledge_mode', locale);
  const outcome = useVocabulary('intermediate_outcome', locale);
  const dimension = useVocabulary('assessment_dimension', locale);
  const sectors = useSectors(locale);
  const sdgs = useSdgTargets(locale);
  return useMemo(() => {
    const byCode = (items: readonly { code: string; label?: string; name?: string }[]) =>
      new Map(items.map((i) => [i.code, i.label ?? i.name ?? i.code]));
    const maps: Record<FieldSource, Map<string, string>> = {
      instrument: byCode(instrument),
      activity_type: byCode(activity),
      delivery_mode: byCode(delivery),
      ssc_modality: byCode(modality),
      knowledge_mode: byCode(mode),
      intermediate_outcome: byCode(outcome),
      assessment_dimension: byCode(dimension),
      Sector: new Map(sectors.map((s) => [s.code, `${s.code} ${s.name}`])),
      'UNSDG-Targets': new Map(sdgs.map((s) => [s.code, `${s.code} ${s.name}`])),
    };
    return (source, code) => maps[source].get(code) ?? code;
  }, [instrument, activity, delivery, modality, mode, outcome, dimension, sectors, sdgs]);
}

interface Props {
  doc: ExperienceDocument;
  attachments: Attachment[];
}

/**
 * The submitted working copy, read-only, for the reviewer: every field of the template under its
 * section, each text in every language it was written in (marked with its translation status),
 * and what is missing shown as "not given" so gaps are visible; files added or removed since the
 * published version are marked (approving publishes those changes too).
 */
export function ReviewDocument({ doc, attachments }: Props) {
  const { t } = useTranslation(['experience-editor', 'experience-fields']);
  const labels = useFieldLabels();
  const locale = useLocale();
  const codeName = useCodeNames(locale);
  const countries = useCountries(locale);
  const orgNames = useOrganisationNames(
    doc.participants.map((p) => p.organisationId).filter((id): id is string => !!id),
    locale,
  );
  const statuses = new Map(doc.languages.map((l) => [l.locale, l.status]));
  const context = {
    t: (key: string) => t(key),
    locale,
    codeLabel: codeName,
    organisationName: (id: string) => orgNames[id] ?? null,
    countryName: (code: string) => countries.find((c) => c.code === code)?.name ?? code,
    languageName: labels.language,
  };

  const texts = (map: Texts): ReactNode => {
    const entries = doc.languages
      .map((l) => [l.locale, map[l.locale]] as const)
      .filter(([, text]) => !!text?.trim());
    if (entries.length === 0) return null;
    if (entries.length === 1 && doc.languages.length === 1)
      return (
        <p className="prose" lang={entries[0]?.[0]} dir="auto">
          {entries[0]?.[1]}
        </p>
      );
    return entries.map(([lang, text]) => (
      <div key={lang} className="review-text">
        <p className="muted">
          {labels.language(lang)} · {labels.translation(statuses.get(lang) ?? 'reviewed')}
        </p>
        <p className="prose" lang={lang} dir="auto">
          {text}
        </p>
      </div>
    ));
  };

  const value = (field: ExperienceField): ReactNode => {
    if (field.kind === 'text' || field.kind === 'shortText')
      return texts(fieldValue(doc, field.path) as Texts);
    if (field.kind === 'participants')
      return doc.participants.length ? (
        <ul>
          {doc.participants.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: participants carry no id; the list is read-only
            <li key={i}>
              {[
                (p.organisationId && orgNames[p.organisationId]) || Object.values(p.name).find(Boolean),
                p.countryCode ? context.countryName(p.countryCode) : null,
              ]
                .filter(Boolean)
                .join(', ') || t('review.unnamed')}{' '}
              ({labels.role(p.role)})
            </li>
          ))}
        </ul>
      ) : null;
    if (field.kind === 'links')
      return doc.links.length ? (
        <ul>
          {doc.links.map((l) => (
            <li key={l.url}>
              <a href={l.url} rel="noopener noreferrer nofollow" target="_blank">
                {l.title || l.url}
              </a>
            </li>
          ))}
        </ul>
      ) : null;
    if (field.kind === 'codes') {
      const codes = fieldValue(doc, field.path) as string[];
      const source = field.source;
      return codes.length && source ? (
        <ul>
          {codes.map((c) => (
            <li key={c}>{codeName(source, c)}</li>
          ))}
        </ul>
      ) : null;
    }
    return formatFieldValue(field, doc, context) || null;
  };

  return (
    <div className="review-document">
      {FIELD_SECTIONS.map((section) => {
        const fields = EXPERIENCE_FIELDS.filter((f) => f.section === section);
        return (
          <section key={section} aria-labelledby={`review-${section}`} className="review-section">
            <h2 id={`review-${section}`}>{labels.section(section)}</h2>
            <dl className="details">
              {fields.map((field) => {
                const shown = value(field);
                return (
                  <div key={field.path}>
                    <dt>
                      {labels.field(field.path)}
                      {field.required ? <span className="muted"> ({t('review.required')})</span> : null}
                    </dt>
                    <dd>{shown ?? <span className="muted">{t('review.notGiven')}</span>}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
      <section aria-labelledby="review-attachments" className="review-section">
        <h2 id="review-attachments">{labels.section('attachments')}</h2>
        {attachments.length === 0 ? (
          <p className="muted">{t('attachments.none')}</p>
        ) : (
          <ul>
            {attachments.map((a) => (
              <li key={a.id}>
                <a href={a.url} download={a.fileName}>
                  {a.fileName}
                </a>{' '}
                <span className="muted">({formatBytes(a.sizeBytes, locale)})</span>{' '}
                <AttachmentReviewNote attachment={a} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
