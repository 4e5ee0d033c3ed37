import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Need, Offer } from '../../../shared/contracts/marketplace.js';
import type { LocalizedText } from '../../../shared/locale-map.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Facts } from '../../components/ui/index.js';
import { useDayFormat } from '../assessments/format.js';
import { CodeList } from '../expertise/CodeList.js';

type Fact = [label: string, value: ReactNode];
type Named = { code: string; name: string };

/** Says that a text is not in the language asked for, and which one it is shown in. */
export function ShownIn({ language, asked }: { language: string; asked: string }) {
  const { t } = useTranslation('market');
  const locale = useLocale();
  return (
    <span className="badge badge-quiet">
      {t('text.fallback', { asked: languageName(asked, locale), language: languageName(language, locale) })}
    </span>
  );
}

/** One of the record's texts under its heading, marked when not in the language shown. */
export function RecordText({
  id,
  heading,
  text,
  lang,
  emptyText,
}: {
  id: string;
  heading: string;
  text: LocalizedText | null;
  lang: string;
  emptyText?: string;
}) {
  if (!text && !emptyText) return null;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {text ? (
        <>
          {text.locale !== lang ? (
            <p>
              <ShownIn language={text.locale} asked={lang} />
            </p>
          ) : null}
          <p lang={text.locale} dir="auto" className="prose">
            {text.text}
          </p>
        </>
      ) : (
        <p className="muted">{emptyText}</p>
      )}
    </section>
  );
}

/** Codes with their numbers and names (sectors, SDG targets), or nothing when there are none. */
export const codes = (items: readonly Named[]) => (items.length > 0 ? <CodeList items={[...items]} /> : null);

/** A fact with the record's note on it, in whatever language the note is shown in. */
export function withNote(main: string, note: LocalizedText | null): ReactNode {
  return (
    <>
      {main}
      {note ? (
        <span lang={note.locale} dir="auto">
          {' — '}
          {note.text}
        </span>
      ) : null}
    </>
  );
}

/** Names of vocabulary terms, comma-separated, or nothing. */
export const names = (items: readonly Named[]) => items.map((i) => i.name).join(', ');

/** A period in words: "1 Mar 2026 to 30 Jun 2026", "From …", "Until …", or nothing. */
export function usePeriod(): (from: string | null, to: string | null) => string {
  const { t } = useTranslation('market');
  const day = useDayFormat();
  return (from, to) => {
    if (from && to) return t('period.range', { from: day(from), to: day(to) });
    if (from) return t('period.from', { from: day(from) });
    if (to) return t('period.until', { to: day(to) });
    return '';
  };
}

/** The record's facts section: the facts every need and offer has, around the kind's own. */
export function RecordFacts({ record, own }: { record: Need | Offer; own: Fact[] }) {
  const { t } = useTranslation('market');
  const facts = useRecordFacts();
  return (
    <section className="section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('record.facts')}</h2>
      <Facts facts={facts(record, own)} />
    </section>
  );
}

/** The facts every need and offer has, around the kind's own (`middle`). */
function useRecordFacts(): (record: Need | Offer, middle: Fact[]) => Fact[] {
  const { t } = useTranslation('market');
  const day = useDayFormat();
  const instant = useDateFormat();
  return (r, middle) => {
    const org = r.organisation;
    return [
      [
        t('fields.organisation'),
        <Link key="org" to={`/organisations/${org.id}`}>
          {org.acronym ? `${org.name} (${org.acronym})` : org.name}
        </Link>,
      ],
      [
        t('fields.country'),
        <Link key="country" to={`/countries/${org.countryCode}`}>
          {org.countryName}
        </Link>,
      ],
      ...middle,
      [t('fields.sectors'), codes(r.sectors)],
      [t('fields.sdgTargets'), codes(r.sdgTargets)],
      [t('fields.instruments'), names(r.instruments)],
      [t('fields.languages'), names(r.languages)],
      [t('fields.dimensions'), names(r.dimensions)],
      [t('fields.status'), t(`status.${r.status}`)],
      [t('fields.visibility'), t(`visibility.${r.visibility}`)],
      [t('fields.expiresOn'), r.expired ? t('expiredOn', { date: day(r.expiresOn) }) : day(r.expiresOn)],
      [t('fields.created'), instant(r.createdAt)],
      [t('fields.updated'), instant(r.updatedAt)],
    ];
  };
}
