import { useTranslation } from 'react-i18next';
import { VISIBILITIES } from '../../../shared/visibility.js';
import { draftBindings } from '../../components/forms/draft-bindings.js';
import { Select, TextField } from '../../components/ui/index.js';
import { Anchor } from '../experiences/EditorFields.js';
import type { MarketFieldsProps } from './MarketForm.js';
import { MarketFormSection } from './MarketFormParts.js';
import { STATUS_OPTIONS } from './market-form-choices.js';
import type { SharedDraft } from './market-form-model.js';

interface Props extends MarketFieldsProps<SharedDraft> {
  /** The status is chosen on edit only: a new need or offer is open. */
  editing: boolean;
  /** The earliest expiry the server accepts (today, UTC), proposed by the date picker. */
  today: string;
}

/** Who sees the record, its status and the day it leaves the lists. */
export function MarketFormPublishing({ draft, form, editing, today }: Props) {
  const { t } = useTranslation(['market-form', 'expertise', 'market']);
  const bind = draftBindings(draft, form);

  return (
    <MarketFormSection title={t('sections.publishing')}>
      <Anchor field="visibility">
        <Select
          label={t('fields.visibility')}
          hint={t('hints.visibility')}
          options={VISIBILITIES.map((v) => ({ value: v, label: t(`expertise:visibility.${v}`) }))}
          {...bind.text('visibility')}
        />
      </Anchor>
      {editing ? (
        <Anchor field="status">
          <Select
            label={t('fields.status')}
            hint={t('hints.status')}
            options={STATUS_OPTIONS.map((s) => ({ value: s, label: t(`market:status.${s}`) }))}
            {...bind.text('status')}
          />
        </Anchor>
      ) : null}
      <Anchor field="expiresOn">
        <TextField
          type="date"
          label={t('fields.expiresOn')}
          hint={t('hints.expiresOn')}
          required
          min={today}
          {...bind.text('expiresOn')}
        />
      </Anchor>
    </MarketFormSection>
  );
}
