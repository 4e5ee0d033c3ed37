import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogueSummaryResult } from '../../../shared/contracts/dialogue-followup.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { NumberField } from '../../components/editor/NumberField.js';
import { Alert, Button } from '../../components/ui/index.js';

type Sites = DialogueSummaryResult['attendance']['sites'];

/**
 * How many came to each site. Recording it marks the dialogue held, so it is refused (409) until
 * the dialogue has begun: that refusal is said plainly above the button, and the numbers stay.
 */
export function SummaryAttendance({
  dialogueId,
  sites,
  onSaved,
}: {
  dialogueId: string;
  sites: Sites;
  onSaved: (summary: DialogueSummaryResult) => void;
}) {
  const { t } = useTranslation('dialogue-record');
  const [counts, setCounts] = useState(() => new Map(sites.map((s) => [s.siteId, s.attendees])));
  const [saved, setSaved] = useState(false);
  const form = useSubmit(async () => {
    setSaved(false);
    const body = { sites: sites.map((s) => ({ siteId: s.siteId, attendees: counts.get(s.siteId) ?? null })) };
    onSaved(
      await api.put<DialogueSummaryResult>(`/dialogues/${encodeURIComponent(dialogueId)}/attendance`, body),
    );
    setSaved(true);
  });
  const fields = sites.map((_, n) => `sites.${n}.attendees`);
  const notYet = form.error?.status === 409;
  return (
    <section aria-labelledby="attendance-edit-heading" className="section">
      <h2 id="attendance-edit-heading">{t('attendance.heading')}</h2>
      <form onSubmit={form.onSubmit} noValidate>
        <p className="field-hint">{t('attendance.hint')}</p>
        {notYet ? (
          <Alert tone="error" title={t('attendance.notYet')} focusTarget>
            <p>{form.error?.message}</p>
          </Alert>
        ) : (
          <ApiErrorAlert error={form.error} fields={fields} />
        )}
        <div className="attendance-grid">
          {sites.map((s, n) => (
            <NumberField
              key={s.siteId}
              label={s.city}
              name={`attendees-${s.siteId}`}
              min={0}
              max={100000}
              value={counts.get(s.siteId) ?? null}
              error={form.fieldError(`sites.${n}.attendees`)}
              onChange={(value) => {
                setSaved(false);
                setCounts((prev) => new Map(prev).set(s.siteId, value));
              }}
            />
          ))}
        </div>
        <div className="button-row">
          <Button type="submit" busy={form.pending}>
            {t('attendance.save')}
          </Button>
          <p role="status" className="muted inline-status">
            {saved ? t('attendance.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
