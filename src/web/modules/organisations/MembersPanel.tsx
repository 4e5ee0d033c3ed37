import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/contracts/organisations.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { type Column, Loading, Table } from '../../components/ui/index.js';
import { InvitationsSection } from './InvitationsSection.js';
import { MemberActions } from './MemberActions.js';

/** Members with their roles (changeable, removable) and the invitations still open. */
export function MembersPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const formatDate = useDateFormat();
  const members = useApi<{ items: Member[] }>(`/organisations/${organisationId}/members`);

  const columns: Column<Member>[] = [
    { key: 'name', header: t('members.name'), rowHeader: true, render: (m) => m.displayName },
    { key: 'email', header: t('members.email'), render: (m) => m.email ?? '' },
    { key: 'since', header: t('members.since'), render: (m) => formatDate(m.since) },
    {
      key: 'role',
      header: t('members.role'),
      render: (m) => <MemberActions organisationId={organisationId} member={m} onChanged={members.reload} />,
    },
  ];

  return (
    <>
      <section className="section" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('members.heading')}</h2>
        <ApiErrorAlert error={members.error} />
        {members.loading && !members.data ? <Loading /> : null}
        {members.data ? (
          <Table
            caption={t('members.caption')}
            captionHidden
            columns={columns}
            rows={members.data.items}
            rowKey={(m) => m.userId}
          />
        ) : null}
      </section>
      <InvitationsSection organisationId={organisationId} />
    </>
  );
}
