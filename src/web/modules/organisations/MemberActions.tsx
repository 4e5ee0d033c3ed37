import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/contracts/organisations.js';
import { ApiError, api } from '../../api/client.js';
import { useErrorMessage } from '../../app/ApiErrorAlert.js';
import { Button } from '../../components/ui/index.js';
import { roleOptions } from './roles.js';

interface Props {
  organisationId: string;
  member: Member;
  onChanged: () => void;
}

/**
 * The role of one member with Save and Remove. Saving is an explicit button: a select that
 * acted on change would fire on every arrow key for keyboard users.
 */
export function MemberActions({ organisationId, member, onChanged }: Props) {
  const { t } = useTranslation('organisations');
  const message = useErrorMessage();
  const [role, setRole] = useState<string>(member.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const path = `/organisations/${organisationId}/members/${member.userId}`;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      onChanged();
    } catch (reason) {
      setError(reason instanceof ApiError ? message(reason) : String(reason));
    } finally {
      setBusy(false);
    }
  };

  const remove = () => {
    if (window.confirm(t('members.confirmRemove', { name: member.displayName }))) {
      void run(() => api.delete(path));
    }
  };

  return (
    <div className="inline-form">
      <select
        aria-label={t('members.roleOf', { name: member.displayName })}
        value={role}
        onChange={(event) => setRole(event.target.value)}
      >
        {roleOptions(t).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {role !== member.role ? (
        <Button className="btn-small" busy={busy} onClick={() => void run(() => api.patch(path, { role }))}>
          {t('members.saveRole')}
        </Button>
      ) : null}
      <Button
        variant="secondary"
        className="btn-small"
        busy={busy}
        aria-label={t('members.removeNamed', { name: member.displayName })}
        onClick={remove}
      >
        {t('members.remove')}
      </Button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
