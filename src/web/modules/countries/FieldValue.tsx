import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProfileBody } from '../../../shared/contracts/country-profiles.js';
import type { ProfileField } from '../../../shared/country-profile-fields.js';
import type { LocaleMap } from '../../../shared/locale-map.js';
import { hasText, LocalText } from './LocalText.js';
import { useProfileLabels } from './use-profile-labels.js';
import type { ValueContext } from './value-context.js';

type BodyLike = ProfileBody & { displayName?: string };

/** Missing, null, blank, an empty list or a map without text: the field is not answered. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return !hasText(value as LocaleMap);
  return false;
}

interface Props {
  field: ProfileField;
  value: unknown;
  ctx: ValueContext;
  /** The profile's own language, the second choice after the reader's. */
  defaultLocale?: string | undefined;
  /** Language of a single text (a change to `history.es` shows the Spanish text). */
  lang?: string | undefined;
  /** Show each body's note (the country page) or only names and roles (tables). */
  withNotes?: boolean;
}

/** One profile value, readable: labels for codes, links for organisations and web addresses. */
export function FieldValue({ field, value, ctx, defaultLocale, lang, withNotes = false }: Props) {
  const { t } = useTranslation('countries');
  const labels = useProfileLabels();
  if (isBlank(value)) return <span className="muted">{t('value.none')}</span>;

  switch (field.kind) {
    case 'code':
      return <>{termLabel(ctx, field, String(value))}</>;
    case 'codes':
      return (
        <ul className="plain-list">
          {(value as string[]).map((code) => (
            <li key={code}>{termLabel(ctx, field, code)}</li>
          ))}
        </ul>
      );
    case 'enum':
      return <>{field.enumName ? labels.enumValue(field.enumName, String(value)) : String(value)}</>;
    case 'yesNo':
      return <>{labels.yesNo(value === true ? true : value === false ? false : null)}</>;
    case 'year':
      return <>{String(value)}</>;
    case 'url':
      return <ExternalLink href={String(value)} />;
    case 'text':
    case 'shortText':
      return typeof value === 'string' ? (
        <span lang={lang} dir="auto" className={field.kind === 'text' ? 'prose' : undefined}>
          {value}
        </span>
      ) : (
        <LocalText
          map={value as LocaleMap}
          defaultLocale={defaultLocale}
          inline={field.kind === 'shortText'}
        />
      );
    case 'organisations':
      return (
        <ul className="plain-list">
          {(value as string[]).map((id) => (
            <li key={id}>
              <OrganisationName id={id} name={ctx.organisationName(id)} />
            </li>
          ))}
        </ul>
      );
    case 'bodies':
      return (
        <ul className="plain-list body-list">
          {(value as BodyLike[]).map((body, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: bodies have no id; the list is shown, not edited
            <li key={index}>
              <BodyName body={body} ctx={ctx} defaultLocale={defaultLocale} />
              {body.roles.length > 0 ? (
                <span>
                  {' — '}
                  {body.roles.map((role) => labels.enumValue('bodyRoles', role)).join(', ')}
                </span>
              ) : null}
              {withNotes && hasText(body.note) ? (
                <LocalText map={body.note} defaultLocale={defaultLocale} />
              ) : null}
            </li>
          ))}
        </ul>
      );
  }
}

function termLabel(ctx: ValueContext, field: ProfileField, code: string): string {
  const terms = field.vocabulary ? ctx.terms[field.vocabulary] : [];
  return terms.find((term) => term.code === code)?.label ?? code;
}

/** A link that leaves KX Hub: opens in a new tab, without passing the reader's session along. */
export function ExternalLink({ href }: { href: string }) {
  if (!/^https?:\/\//i.test(href)) return <span dir="ltr">{href}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank" dir="ltr" className="break-anywhere">
      {href}
    </a>
  );
}

function OrganisationName({ id, name }: { id: string; name: string | null | undefined }) {
  const { t } = useTranslation('countries');
  if (name === undefined) return <span className="muted">{t('value.loading')}</span>;
  if (name === null) return <span className="muted">{t('value.hiddenOrganisation')}</span>;
  return <Link to={`/organisations/${id}`}>{name}</Link>;
}

function BodyName({
  body,
  ctx,
  defaultLocale,
}: {
  body: BodyLike;
  ctx: ValueContext;
  defaultLocale?: string | undefined;
}) {
  const name = body.organisationId ? (body.displayName ?? ctx.organisationName(body.organisationId)) : null;
  if (body.organisationId && name) {
    return (
      <strong>
        <Link to={`/organisations/${body.organisationId}`}>{name}</Link>
      </strong>
    );
  }
  if (body.displayName) return <strong>{body.displayName}</strong>;
  if (body.organisationId && !hasText(body.name)) {
    return (
      <strong>
        <OrganisationName id={body.organisationId} name={name} />
      </strong>
    );
  }
  return (
    <strong>
      <LocalText map={body.name} defaultLocale={defaultLocale} inline />
    </strong>
  );
}
