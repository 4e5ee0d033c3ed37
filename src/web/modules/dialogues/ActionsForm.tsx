import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import { api } from '../../api/client.js';
import { useLocale } from '../../app/i18n.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { draftText } from '../../components/forms/draft-bindings.js';
import { useDraftForm } from '../../components/forms/use-draft-form.js';
import { Button, TextArea, TextField } from '../../components/ui/index.js';
import { OrganisationPicker } from '../countries/OrganisationPicker.js';
import { type ActionDraft, actionBody, emptyActionDraft } from './actions-model.js';
import { dialogueActionsPath } from './record-paths.js';

const FIELDS = ['kind', 'text', 'ownerName', 'ownerOrganisationId', 'dueOn'] as const;

interface Props {
  dialogueId: string;
  kind: DialogueAction['kind'];
  onAdded: (action: DialogueAction) => void;
  onCancel: () => void;
}

/**
 * Adds a follow-up action (what, who, by when) or an item of "what's next"; what is typed is kept
 * on this device until saved, so a closed tab loses nothing.
 */
export function ActionsForm({ dialogueId, kind, onAdded, onCancel }: Props) {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const { draft, form } = useDraftForm<ActionDraft>(
    `dialogue-action.${dialogueId}.${kind}`,
    emptyActionDraft(locale),
    async (d) => onAdded(await api.post(dialogueActionsPath(dialogueId, locale), actionBody(d, kind))),
  );
  const d = draft.value;
  const lang = d.languages[0] ?? locale;
  const owner = d.ownerOrganisation;
  const box = useRef<HTMLDivElement>(null);
  // The form opens on a click of "Add…": the person continues in its first field.
  useEffect(() => box.current?.querySelector('textarea')?.focus(), []);
  return (
    <div className="action-form" ref={box}>
      <DraftForm
        form={form}
        draft={draft}
        fields={FIELDS}
        submitLabel={t(kind === 'action' ? 'actions.save' : 'actions.saveNext')}
        restoredText={t('actions.restored')}
        discardLabel={t('actions.discard')}
      >
        <TextArea
          label={t(kind === 'action' ? 'actions.textLabel' : 'actions.nextLabel')}
          rows={3}
          required
          lang={lang}
          dir="auto"
          {...draftText(draft, form, 'text')}
          error={form.fieldError('text') ?? form.fieldError(`text.${lang}`)}
        />
        <TextField
          label={t('actions.ownerLabel')}
          hint={t('actions.ownerHint')}
          autoComplete="off"
          {...draftText(draft, form, 'ownerName')}
        />
        {owner ? (
          <div className="field">
            <p className="field-label">{t('actions.ownerOrganisation')}</p>
            <p>
              {owner.name}{' '}
              <Button
                variant="quiet"
                className="btn-small"
                aria-label={t('actions.removeOrganisation', { name: owner.name })}
                onClick={() => draft.update({ ownerOrganisation: null })}
              >
                {t('actions.change')}
              </Button>
            </p>
          </div>
        ) : (
          <OrganisationPicker
            label={t('actions.ownerOrganisation')}
            error={form.fieldError('ownerOrganisationId')}
            onPick={(o) => draft.update({ ownerOrganisation: o })}
          />
        )}
        <TextField label={t('actions.dueLabel')} type="date" {...draftText(draft, form, 'dueOn')} />
      </DraftForm>
      <Button variant="quiet" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
    </div>
  );
}
