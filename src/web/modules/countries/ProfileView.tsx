import type { PublishedProfile } from '../../../shared/contracts/country-profiles.js';
import { type FieldSection, fieldValue, PROFILE_FIELDS } from '../../../shared/country-profile-fields.js';
import { FieldValue } from './FieldValue.js';
import { useProfileLabels } from './use-profile-labels.js';
import { organisationIds, useValueContext } from './value-context.js';

const SECTIONS = [...new Set(PROFILE_FIELDS.map((f) => f.section))];

/**
 * Every section of a published profile, in the order of the form: facts as a description list
 * under a heading per section; the three narratives (history, obstacles, challenges) as prose.
 */
export function ProfileView({ profile }: { profile: PublishedProfile }) {
  const labels = useProfileLabels();
  const doc = profile.content;
  const ctx = useValueContext(organisationIds(doc), profile.bodies);
  const valueAt = (path: string) => (path === 'bodies' ? profile.bodies : fieldValue(doc, path));

  const section = (name: FieldSection) => {
    const fields = PROFILE_FIELDS.filter((f) => f.section === name);
    if (name === 'narrative' || name === 'bodies') {
      return fields.map((field) => (
        <section key={field.path} className="section" aria-labelledby={`field-${field.path}`}>
          <h3 id={`field-${field.path}`}>
            {name === 'bodies' ? labels.section(name) : labels.field(field.path)}
          </h3>
          <FieldValue
            field={field}
            value={valueAt(field.path)}
            ctx={ctx}
            defaultLocale={doc.defaultLocale}
            withNotes
          />
        </section>
      ));
    }
    return (
      <section key={name} className="section" aria-labelledby={`section-${name}`}>
        <h3 id={`section-${name}`}>{labels.section(name)}</h3>
        <dl className="details profile-details">
          {fields.map((field) => (
            <div key={field.path}>
              <dt>{labels.field(field.path)}</dt>
              <dd>
                <FieldValue
                  field={field}
                  value={valueAt(field.path)}
                  ctx={ctx}
                  defaultLocale={doc.defaultLocale}
                />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  };

  return <>{SECTIONS.map(section)}</>;
}
