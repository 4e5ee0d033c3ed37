import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { Button } from '../../components/ui/index.js';
import { OrganisationPicker } from './OrganisationPicker.js';
import { useOrganisationNames } from './use-organisation-names.js';

const MAX_MEMBERS = 100;

/** The organisations taking part in the coordination mechanism: chosen from the directory, removable. */
export function MembersEditor({
  legend,
  ids,
  error,
  onChange,
}: {
  legend: string;
  ids: string[];
  error?: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation('countries');
  const locale = useLocale();
  const names = useOrganisationNames(ids, locale);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {ids.length === 0 ? (
        <p className="muted">{t('editor.noMembers')}</p>
      ) : (
        <ul className="chips">
          {ids.map((id) => {
            const name =
              names[id] ?? (names[id] === null ? t('value.hiddenOrganisation') : t('value.loading'));
            return (
              <li key={id}>
                <span>{name}</span>
                <Button
                  variant="quiet"
                  aria-label={t('editor.removeMember', { name })}
                  onClick={() => onChange(ids.filter((m) => m !== id))}
                >
                  ×
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {ids.length < MAX_MEMBERS ? (
        <OrganisationPicker
          label={t('editor.addMember')}
          error={error}
          exclude={ids}
          onPick={(org) => onChange([...ids, org.id])}
        />
      ) : null}
    </fieldset>
  );
}
