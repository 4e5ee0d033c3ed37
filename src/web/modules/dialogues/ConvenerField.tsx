import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { Select } from '../../components/ui/index.js';
import { OrganisationPicker } from '../countries/OrganisationPicker.js';
import { Anchor } from '../experiences/EditorFields.js';
import { pickOrganisation } from '../marketplace/market-form-choices.js';
import { conveningOrganisations } from './choices.js';

/**
 * The organisation that convenes a new series or dialogue: one of the user's own where their
 * role may convene, or another found in the directory (brokers and administrators convene for
 * any organisation; the server decides).
 */
export function ConvenerField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation('dialogues');
  const { user } = useSession();
  const [found, setFound] = useState<{ value: string; label: string }[]>([]);
  const options = [...conveningOrganisations(user?.memberships ?? []), ...found].filter(
    (o, i, all) => all.findIndex((x) => x.value === o.value) === i,
  );
  // A draft restored from an earlier visit may name an organisation no longer offered.
  const shown = pickOrganisation(value, options);
  useEffect(() => {
    if (shown && shown !== value) onChange(shown);
  }, [shown, value, onChange]);
  return (
    <Anchor field="convenerOrganisationId">
      {options.length > 0 ? (
        <Select
          label={t('fields.convener')}
          hint={t('hints.convener')}
          name="convenerOrganisationId"
          required
          options={options}
          value={shown}
          error={error}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <p className="field-error">{error}</p>
      )}
      <OrganisationPicker
        label={t('fields.otherConvener')}
        hint={t('hints.otherConvener')}
        exclude={options.map((o) => o.value)}
        onPick={(org) => {
          setFound((prev) => [...prev, { value: org.id, label: org.name }]);
          onChange(org.id);
        }}
      />
    </Anchor>
  );
}
