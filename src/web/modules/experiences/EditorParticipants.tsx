import { useTranslation } from 'react-i18next';
import { useCountries } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { RowActions } from '../../components/editor/RowActions.js';
import { useRows } from '../../components/editor/use-rows.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Button, Select } from '../../components/ui/index.js';
import { OrganisationPicker } from '../countries/OrganisationPicker.js';
import { useOrganisationNames } from '../countries/use-organisation-names.js';
import type { FieldLabels } from './editor-labels.js';
import {
  emptyParticipant,
  type Participant,
  type ParticipantRole,
  ROLE_OPTIONS,
  SHORT_TEXT_MAX,
} from './editor-model.js';

const MAX_PARTICIPANTS = 50;

interface Props {
  participants: Participant[];
  languages: string[];
  labels: FieldLabels;
  fieldError: (path: string) => string | undefined;
  onChange: (participants: Participant[]) => void;
}

/**
 * Who took part, a repeatable group: each participant has a role and is a country, an
 * organisation of the directory (searched), a name typed here, or a country and an organisation.
 */
export function EditorParticipants({ participants, languages, labels, fieldError, onChange }: Props) {
  const { t } = useTranslation('experience-editor');
  const locale = useLocale();
  const countries = useCountries(locale);
  const names = useOrganisationNames(
    participants.map((p) => p.organisationId).filter((id): id is string => !!id),
    locale,
  );
  const rows = useRows(participants, onChange);
  const { set } = rows;

  const countryName = (code: string | null) =>
    code ? (countries.find((c) => c.code === code)?.name ?? code) : '';
  const title = (p: Participant, index: number) => {
    const name =
      (p.organisationId && names[p.organisationId]) ||
      Object.values(p.name).find((n) => n?.trim()) ||
      countryName(p.countryCode);
    const role = labels.role(p.role);
    return name
      ? t('participants.rowNamed', { number: index + 1, name, role })
      : t('participants.row', { number: index + 1, role });
  };
  const groupError = fieldError('participants');

  return (
    <div id="field-participants" tabIndex={-1}>
      {groupError ? (
        <p className="field-error" role="alert">
          {groupError}
        </p>
      ) : null}
      {participants.length === 0 ? <p className="muted">{t('participants.none')}</p> : null}
      {participants.map((p, index) => {
        const path = `participants.${index}`;
        const heading = title(p, index);
        const rowError = fieldError(path);
        return (
          <fieldset
            key={rows.key(index)}
            id={`field-participants-${index}`}
            tabIndex={-1}
            className={rowError ? 'repeat-row field-invalid' : 'repeat-row'}
          >
            <legend>{heading}</legend>
            {rowError ? <p className="field-error">{rowError}</p> : null}
            <Select
              label={labels.field('participants.role')}
              name={`${path}.role`}
              value={p.role}
              options={ROLE_OPTIONS.map((r) => ({ value: r, label: labels.role(r) }))}
              error={fieldError(`${path}.role`)}
              onChange={(e) => set(index, { role: e.target.value as ParticipantRole })}
            />
            <Select
              label={labels.field('participants.countryCode')}
              name={`${path}.countryCode`}
              value={p.countryCode ?? ''}
              placeholder={t('field.notStated')}
              options={countries.map((c) => ({ value: c.code, label: c.name }))}
              error={fieldError(`${path}.countryCode`)}
              onChange={(e) => set(index, { countryCode: e.target.value || null })}
            />
            {p.organisationId ? (
              <p>
                {t('participants.inDirectory')}{' '}
                <strong>{names[p.organisationId] ?? t('participants.loadingName')}</strong>{' '}
                <Button
                  variant="quiet"
                  className="btn-small"
                  onClick={() => set(index, { organisationId: null })}
                >
                  {t('participants.unlink')}
                </Button>
              </p>
            ) : (
              <>
                <OrganisationPicker
                  label={t('participants.find')}
                  hint={t('participants.findHint')}
                  error={fieldError(`${path}.organisationId`)}
                  onPick={(org) => set(index, { organisationId: org.id, name: {} })}
                />
                <LocaleMapFields
                  field={`${path}.name`}
                  legend={labels.field('participants.name')}
                  hint={t('participants.nameHint')}
                  languages={languages}
                  values={p.name as Record<string, string>}
                  onChange={(name) => set(index, { name })}
                  fieldError={fieldError}
                  maxLength={SHORT_TEXT_MAX}
                />
              </>
            )}
            <RowActions
              rows={rows}
              index={index}
              name={heading}
              empty={!p.organisationId && !p.countryCode && !Object.values(p.name).some((n) => n?.trim())}
              text={(key, name) => t(`participants.${key}`, { name })}
            />
          </fieldset>
        );
      })}
      {participants.length < MAX_PARTICIPANTS ? (
        <Button
          variant="secondary"
          onClick={() =>
            onChange([
              ...participants,
              // A story needs a provider and a recipient: the second row starts as the recipient.
              emptyParticipant(participants.some((p) => p.role === 'provider') ? 'recipient' : 'provider'),
            ])
          }
        >
          {t('participants.add')}
        </Button>
      ) : null}
    </div>
  );
}
