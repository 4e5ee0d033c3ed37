import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { useDateFormat } from '../../app/format.js';
import { useLocale } from '../../app/i18n.js';
import { AboutSection } from '../../components/multilingual/AboutSection.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Facts } from '../../components/ui/index.js';

/** The facts of an organisation, its description (with a marker when in another language) and other names. */
export function OrganisationDetails({ organisation: org }: { organisation: Organisation }) {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const formatDate = useDateFormat();
  const description = pickLocale(org.description, locale, org.defaultLocale);
  const otherNames = Object.entries(org.names).filter(([code]) => code !== org.nameLocale);

  const facts: [string, ReactNode][] = [
    [t('fields.type'), org.orgTypeName ?? org.orgType],
    [t('fields.country'), org.countryName],
    [
      t('fields.parent'),
      org.parent ? (
        <Link key="parent" to={`/organisations/${org.parent.id}`}>
          {org.parent.name}
        </Link>
      ) : null,
    ],
    [
      t('fields.website'),
      org.website ? (
        <a key="website" href={org.website} rel="noopener noreferrer nofollow" target="_blank">
          {org.website}
        </a>
      ) : null,
    ],
    [t('fields.iatiIdentifier'), org.iatiIdentifier ? <code key="iati">{org.iatiIdentifier}</code> : null],
    [t('fields.visibility'), t(`visibility.${org.visibility}`)],
    [t('profile.members'), new Intl.NumberFormat(locale).format(org.memberCount)],
    [t('profile.updated'), formatDate(org.updatedAt)],
  ];

  return (
    <>
      <AboutSection heading={t('profile.about')} text={description} emptyText={t('profile.noDescription')} />
      <section className="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('profile.facts')}</h2>
        <Facts facts={facts} />
      </section>
      {otherNames.length > 0 ? (
        <section className="section" aria-labelledby="names-heading">
          <h2 id="names-heading">{t('profile.otherNames')}</h2>
          <ul>
            {otherNames.map(([code, name]) => (
              <li key={code}>
                <span lang={code}>{name}</span> <span className="muted">({languageName(code, locale)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
