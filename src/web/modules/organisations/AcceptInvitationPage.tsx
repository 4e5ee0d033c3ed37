import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { RequireUser } from '../../app/guards.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, Page } from '../../components/ui/index.js';

/**
 * Accepting is a deliberate click, not automatic on load: mail scanners open links, and the
 * invitee should see which account joins. Visitors sign in (or up) first and come back here.
 */
export default function AcceptInvitationPage() {
  const { t } = useTranslation('organisations');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user, refresh } = useSession();
  const navigate = useNavigate();
  const [joined, setJoined] = useState(false);

  const form = useSubmit(async () => {
    const { organisationId } = await api.post<{ organisationId: string }>('/invitations/accept', { token });
    setJoined(true);
    await refresh(); // memberships changed
    navigate(`/organisations/${organisationId}`, { replace: true });
  });

  if (!token) {
    return (
      <Page title={t('accept.title')} narrow>
        <Alert tone="error">
          <p>{t('accept.noToken')}</p>
        </Alert>
      </Page>
    );
  }

  return (
    <RequireUser>
      <Page title={t('accept.title')} narrow>
        <p>{t('accept.intro', { name: user?.displayName ?? '', email: user?.email ?? '' })}</p>
        <form onSubmit={form.onSubmit}>
          <ApiErrorAlert error={form.error} />
          {joined ? (
            <Alert tone="success">
              <p>{t('accept.joined')}</p>
            </Alert>
          ) : null}
          <Button type="submit" busy={form.pending}>
            {t('accept.submit')}
          </Button>
        </form>
      </Page>
    </RequireUser>
  );
}
