import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { calendarLinkSchema } from '../../../shared/contracts/dialogue-calendar.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button } from '../../components/ui/index.js';
import { PlannerStep } from './PlannerStep.js';
import { RecordCopyText } from './RecordCopyText.js';
import { fileHref } from './record-paths.js';
import type { Dialogue, InvitationsSent } from './types.js';

type CalendarLink = z.infer<typeof calendarLinkSchema>;

/**
 * Step 6: the invitations. E-mail them to the participants (with the .ics attached; counts told),
 * download the calendar file, and make a public "add to calendar" link, shown once.
 */
export function InvitationsPanel({ dialogue: d }: { dialogue: Dialogue }) {
  const { t } = useTranslation('dialogues');
  const [sent, setSent] = useState<InvitationsSent>();
  const [link, setLink] = useState<string>();
  const send = useSubmit(async () => {
    setSent(undefined);
    setSent(await api.post<InvitationsSent>(`/dialogues/${d.id}/invitations`, {}));
  });
  const makeLink = useSubmit(async () => {
    setLink((await api.post<CalendarLink>(`/dialogues/${d.id}/calendar-link`)).url);
  });
  const ready = d.startsAt !== null && d.cancelledAt === null;

  return (
    <PlannerStep id="invitations" title={t('planner.step.invitations')}>
      {ready ? <p className="field-hint">{t('invite.intro')}</p> : <p>{t('invite.needStart')}</p>}
      <form onSubmit={send.onSubmit} noValidate>
        <ApiErrorAlert error={send.error} />
        <Button type="submit" busy={send.pending} disabled={!ready}>
          {t('invite.send')}
        </Button>
      </form>
      <p role="status">
        {sent
          ? [
              t('invite.queued', { count: sent.queued }),
              sent.upToDate ? t('invite.upToDate', { count: sent.upToDate }) : '',
              sent.withoutEmail ? t('invite.withoutEmail', { count: sent.withoutEmail }) : '',
            ]
              .filter(Boolean)
              .join(' ')
          : ''}
      </p>
      {ready ? (
        <p>
          <a href={fileHref.calendar(d.id)} download>
            {t('invite.download')}
          </a>
        </p>
      ) : null}
      <h3>{t('invite.linkHeading')}</h3>
      <p className="field-hint">{t('invite.linkHint')}</p>
      <form onSubmit={makeLink.onSubmit} noValidate>
        <ApiErrorAlert error={makeLink.error} />
        <Button type="submit" variant="secondary" busy={makeLink.pending}>
          {t('invite.makeLink')}
        </Button>
      </form>
      {link ? (
        <div role="status">
          <p>{t('invite.linkMade')}</p>
          <p className="token-value">{link}</p>
          <RecordCopyText text={link} label={t('invite.copyLink')} />
        </div>
      ) : null}
    </PlannerStep>
  );
}
