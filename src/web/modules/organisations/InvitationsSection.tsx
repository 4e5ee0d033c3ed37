import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../shared/contracts/organisations.js';
import { ApiError, api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { Button, type Column, Table } from '../../components/ui/index.js';
import { InviteForm } from './InviteForm.js';

/** Invite people by e-mail and see or revoke the invitations not yet accepted. */
export function InvitationsSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const formatDate = useDateFormat();
  const base = `/organisations/${organisationId}/invitations`;
  const invitations = useApi<{ items: Invitation[] }>(base);
  const [error, setError] = useState<ApiError>();
  const open = (invitations.data?.items ?? []).filter((i) => !i.acceptedAt && !i.revokedAt);

  const revoke = async (invitation: Invitation) => {
    if (!window.confirm(t('invitations.confirmRevoke', { email: invitation.email }))) return;
    setError(undefined);
    try {
      await api.delete(`${base}/${invitation.id}`);
      invitations.reload();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : undefined);
    }
  };

  const columns: Column<Invitation>[] = [
    { key: 'email', header: t('invitations.email'), rowHeader: true, render: (i) => i.email },
    { key: 'role', header: t('invitations.role'), render: (i) => t(`common:roles.${i.role}`) },
    { key: 'expires', header: t('invitations.expires'), render: (i) => formatDate(i.expiresAt) },
    {
      key: 'actions',
      header: t('invitations.actions'),
      render: (i) => (
        <Button
          variant="secondary"
          className="btn-small"
          aria-label={t('invitations.revokeNamed', { email: i.email })}
          onClick={() => void revoke(i)}
        >
          {t('invitations.revoke')}
        </Button>
      ),
    },
  ];

  return (
    <section className="section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitations.heading')}</h2>
      <InviteForm path={base} onInvited={invitations.reload} />
      <ApiErrorAlert error={error ?? invitations.error} />
      {open.length > 0 ? (
        <Table caption={t('invitations.caption')} columns={columns} rows={open} rowKey={(i) => i.id} />
      ) : (
        <p className="muted">{t('invitations.none')}</p>
      )}
    </section>
  );
}
