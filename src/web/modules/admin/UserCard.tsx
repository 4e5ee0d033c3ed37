import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../shared/contracts/accounts.js';
import { ApiError, api } from '../../api/client.js';
import { useErrorMessage } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { Card, Checkbox } from '../../components/ui/index.js';
import { CoordinatorEditor } from './CoordinatorEditor.js';

type Patch = Partial<Pick<AdminUser, 'status' | 'isAdmin' | 'isBroker' | 'coordinatorOf'>>;

/** One user with their flags; each change is saved at once and the saved record shown. */
export function UserCard({ user, onSaved }: { user: AdminUser; onSaved: (user: AdminUser) => void }) {
  const { t } = useTranslation('admin');
  const formatDate = useDateFormat();
  const message = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // The record's own abilities decide (an administrator may not be allowed to edit every account).
  const editable = user.abilities.manage === true;

  const save = async (patch: Patch) => {
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await api.patch<AdminUser>(`/admin/users/${user.id}`, patch));
    } catch (reason) {
      setError(reason instanceof ApiError ? message(reason) : String(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={user.displayName} headingLevel={2} {...(user.isDemo ? { badge: t('users.demo') } : {})}>
      <p>{user.email}</p>
      <p className="muted">
        {t('users.lastLogin', { when: user.lastLoginAt ? formatDate(user.lastLoginAt) : t('users.never') })}
      </p>
      {user.memberships.length > 0 ? (
        <p className="muted">
          {user.memberships.map((m) => `${m.organisationName} (${t(`common:roles.${m.role}`)})`).join(', ')}
        </p>
      ) : null}
      <fieldset disabled={!editable || busy} aria-busy={busy || undefined}>
        <legend>{t('users.flags', { name: user.displayName })}</legend>
        <Checkbox
          label={t('users.isAdmin')}
          checked={user.isAdmin}
          onChange={(e) => void save({ isAdmin: e.target.checked })}
        />
        <Checkbox
          label={t('users.isBroker')}
          checked={user.isBroker}
          onChange={(e) => void save({ isBroker: e.target.checked })}
        />
        <Checkbox
          label={t('users.disabled')}
          hint={t('users.disabledHint')}
          checked={user.status === 'disabled'}
          onChange={(e) => void save({ status: e.target.checked ? 'disabled' : 'active' })}
        />
        <CoordinatorEditor
          codes={user.coordinatorOf}
          onChange={(coordinatorOf) => void save({ coordinatorOf })}
        />
      </fieldset>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Card>
  );
}
