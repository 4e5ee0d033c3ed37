import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitState } from '../../api/use-submit.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import type { Draft } from '../../components/forms/use-draft.js';
import { useDraftForm } from '../../components/forms/use-draft-form.js';
import { MarketFormErrors } from './MarketFormErrors.js';

/** What every group of fields of the need and offer forms receives. */
export interface MarketFieldsProps<T> {
  draft: Draft<T>;
  form: SubmitState;
}

interface Props<T> {
  draftKey: string;
  initial: T;
  /** The API fields the form shows, for the error summary's links. */
  fields: readonly string[];
  submitLabel: string;
  save: (draft: T) => Promise<void>;
  children: (props: MarketFieldsProps<T>) => ReactNode;
}

/**
 * The frame of the need and offer forms: kept as a local draft until saved (restore/discard as
 * in every draft form), with an error summary whose items link to their fields.
 */
export function MarketForm<T extends { languages: string[] }>(props: Props<T>) {
  const { t } = useTranslation('market-form');
  const { draft, form } = useDraftForm(props.draftKey, props.initial, props.save);
  return (
    <DraftForm
      // DraftForm's own summary has no links: this form draws its own below, so it gets no error.
      form={{ ...form, error: undefined }}
      draft={draft}
      fields={props.fields}
      submitLabel={props.submitLabel}
      restoredText={t('form.restored')}
      discardLabel={t('form.discard')}
    >
      <MarketFormErrors error={form.error} fields={props.fields} />
      {props.children({ draft, form })}
    </DraftForm>
  );
}
