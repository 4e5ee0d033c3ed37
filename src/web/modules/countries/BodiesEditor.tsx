import { useTranslation } from 'react-i18next';
import type { ProfileBody } from '../../../shared/contracts/country-profiles.js';
import { ENUM_VALUES } from '../../../shared/country-profile-fields.js';
import { LIMITS } from '../../../shared/limits.js';
import { useLocale } from '../../app/i18n.js';
import { RowActions } from '../../components/editor/RowActions.js';
import { useRows } from '../../components/editor/use-rows.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Button, Checkbox } from '../../components/ui/index.js';
import { emptyBody } from './editor-model.js';
import { hasText } from './LocalText.js';
import { OrganisationPicker } from './OrganisationPicker.js';
import { useOrganisationNames } from './use-organisation-names.js';
import { useProfileLabels } from './use-profile-labels.js';

const MAX_BODIES = 50;
const NOTE_MAX = 1000;

interface Props {
  bodies: ProfileBody[];
  languages: string[];
  fieldError: (path: string) => string | undefined;
  onChange: (bodies: ProfileBody[]) => void;
}

/**
 * The bodies of the country's SSC architecture, a repeatable group: each is an organisation of
 * the directory (searched) or one named here, with its roles and a note.
 */
export function BodiesEditor({ bodies, languages, fieldError, onChange }: Props) {
  const { t } = useTranslation('countries');
  const labels = useProfileLabels();
  const locale = useLocale();
  const names = useOrganisationNames(
    bodies.map((b) => b.organisationId).filter((id): id is string => !!id),
    locale,
  );
  const rows = useRows(bodies, onChange);
  const { set } = rows;
  const title = (body: ProfileBody, index: number) => {
    const name =
      (body.organisationId && names[body.organisationId]) ||
      Object.values(body.name).find((n) => n?.trim()) ||
      '';
    return name
      ? t('editor.bodyNamed', { number: index + 1, name })
      : t('editor.body', { number: index + 1 });
  };

  return (
    <fieldset id="section-bodies">
      <legend>{labels.section('bodies')}</legend>
      <p className="field-hint">{t('editor.bodiesHint')}</p>
      {bodies.length === 0 ? <p className="muted">{t('editor.noBodies')}</p> : null}
      {bodies.map((body, index) => {
        const path = `bodies.${index}`;
        const heading = title(body, index);
        return (
          <fieldset key={rows.key(index)}>
            <legend>{heading}</legend>
            {body.organisationId ? (
              <p>
                {t('editor.inDirectory')} <strong>{names[body.organisationId] ?? t('value.loading')}</strong>{' '}
                <Button variant="quiet" onClick={() => set(index, { organisationId: null })}>
                  {t('editor.unlink')}
                </Button>
              </p>
            ) : (
              <>
                <OrganisationPicker
                  label={t('editor.findBody')}
                  error={fieldError(`${path}.organisationId`)}
                  onPick={(org) => set(index, { organisationId: org.id })}
                />
                <LocaleMapFields
                  field={`${path}.name`}
                  legend={t('editor.bodyName')}
                  hint={t('editor.bodyNameHint')}
                  languages={languages}
                  values={body.name as Record<string, string>}
                  onChange={(name) => set(index, { name })}
                  fieldError={fieldError}
                  maxLength={LIMITS.nameMax}
                />
              </>
            )}
            <fieldset>
              <legend>{t('editor.bodyRoles')}</legend>
              {(ENUM_VALUES.bodyRoles as readonly ProfileBody['roles'][number][]).map((role) => (
                <Checkbox
                  key={role}
                  label={labels.enumValue('bodyRoles', role)}
                  checked={body.roles.includes(role)}
                  onChange={(e) =>
                    set(index, {
                      roles: e.target.checked ? [...body.roles, role] : body.roles.filter((r) => r !== role),
                    })
                  }
                />
              ))}
            </fieldset>
            <LocaleMapFields
              field={`${path}.note`}
              legend={t('editor.bodyNote')}
              languages={languages}
              values={body.note as Record<string, string>}
              onChange={(note) => set(index, { note })}
              fieldError={fieldError}
              maxLength={NOTE_MAX}
              multiline
            />
            <RowActions
              rows={rows}
              index={index}
              name={heading}
              empty={!hasText(body.name) && !body.organisationId}
              text={(key, name) => t(`editor.${key}`, { name })}
            />
          </fieldset>
        );
      })}
      {bodies.length < MAX_BODIES ? (
        <Button variant="secondary" onClick={() => onChange([...bodies, emptyBody()])}>
          {t('editor.addBody')}
        </Button>
      ) : null}
    </fieldset>
  );
}
