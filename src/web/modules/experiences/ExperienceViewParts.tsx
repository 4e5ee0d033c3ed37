import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attachment, ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { pickLocale } from '../../../shared/locale-map.js';
import { useLocale } from '../../app/i18n.js';
import { useOrganisationNames } from '../countries/use-organisation-names.js';
import {
  type ContentLanguage,
  fileKind,
  formatBytes,
  isImage,
  participantsByRole,
} from './library-content.js';
import type { FieldLabels } from './library-fields.js';
import type { CodeLabels } from './library-labels.js';

/** A list of coded values by name, or a dash when empty. */
export function NameList({ names }: { names: string[] }) {
  const { t } = useTranslation('experiences');
  if (names.length === 0) return <span className="muted">{t('view.none')}</span>;
  if (names.length === 1) return <>{names[0]}</>;
  return (
    <ul className="inline-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** Who took part, by role: each organisation links to the directory, each country to its page. */
export function Participants({
  doc,
  lang,
  labels,
  codes,
  organisationNames,
}: {
  doc: ExperienceDocument;
  lang: ContentLanguage;
  labels: FieldLabels;
  codes: CodeLabels;
  /** Names the API sent with the experience; others (an older version's) are looked up. */
  organisationNames: Record<string, string>;
}) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  const missing = doc.participants.flatMap((p) =>
    p.organisationId && !(p.organisationId in organisationNames) ? [p.organisationId] : [],
  );
  const fetched = useOrganisationNames(missing, locale);
  const orgNames: Record<string, string | null> = { ...fetched, ...organisationNames };
  const groups = participantsByRole(doc.participants);
  if (groups.length === 0) return <p className="muted">{t('view.notDescribed')}</p>;
  return (
    <dl className="details participants">
      {groups.map(([role, list]) => (
        <div key={role}>
          <dt>{labels.role(role)}</dt>
          <dd>
            <ul className="plain-list">
              {list.map((p, i) => {
                const orgName = p.organisationId ? orgNames[p.organisationId] : null;
                const ownName = pickLocale(p.name, lang.locale, lang.original ?? undefined);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: participants have no id; the list is fixed
                  <li key={i}>
                    {p.organisationId && orgName ? (
                      <Link to={`/organisations/${p.organisationId}`}>{orgName}</Link>
                    ) : ownName ? (
                      // A name is not translated: no fallback marker, only its language.
                      <span lang={ownName.locale} dir="auto">
                        {ownName.text}
                      </span>
                    ) : null}
                    {p.countryCode ? (
                      <>
                        {(p.organisationId && orgName) || ownName ? ' · ' : null}
                        <Link to={`/countries/${p.countryCode}`}>{codes.country(p.countryCode)}</Link>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** The story's links; the print view writes each address out, since paper cannot be clicked. */
export function Links({ links, print }: { links: ExperienceDocument['links']; print: boolean }) {
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.url}>
          {isWebUrl(link.url) ? (
            <a href={link.url} rel="noopener noreferrer external" dir="auto">
              {link.title || link.url}
            </a>
          ) : (
            <span dir="auto">{link.title || link.url}</span>
          )}
          {print && link.title ? (
            <>
              {' '}
              <span className="print-url">{link.url}</span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Files with their type and size; images as thumbnails described by their caption. */
export function Attachments({
  attachments,
  lang,
  print,
}: {
  attachments: Attachment[];
  lang: ContentLanguage;
  print: boolean;
}) {
  const { t } = useTranslation('experiences');
  const locale = useLocale();
  const captionOf = (a: Attachment) => pickLocale(a.caption, lang.locale, lang.original ?? undefined);
  return (
    <table className="attachments">
      <caption className="visually-hidden">{t('view.attachmentsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('view.file')}</th>
          <th scope="col">{t('view.fileType')}</th>
          <th scope="col">{t('view.fileSize')}</th>
        </tr>
      </thead>
      <tbody>
        {attachments.map((a) => {
          const caption = captionOf(a);
          const thumbnail = isImage(a.mediaType) && !print;
          return (
            <tr key={a.id}>
              <th scope="row">
                {thumbnail ? (
                  <img
                    className="thumbnail"
                    src={a.url}
                    alt={caption?.text ?? ''}
                    loading="lazy"
                    decoding="async"
                    width={96}
                    height={72}
                  />
                ) : null}
                <a href={a.url} download={a.fileName} dir="auto">
                  {a.fileName}
                </a>
                {caption ? (
                  // With a thumbnail the caption is already its alt text: screen readers hear it once.
                  <span
                    className="attachment-caption"
                    lang={caption.locale}
                    dir="auto"
                    aria-hidden={thumbnail || undefined}
                  >
                    {caption.text}
                  </span>
                ) : null}
              </th>
              <td>{fileKind(a.fileName, a.mediaType)}</td>
              <td>{formatBytes(a.sizeBytes, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
