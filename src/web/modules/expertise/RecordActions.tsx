import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button, LinkButton } from '../../components/ui/index.js';

interface Props {
  abilities: Record<string, boolean>;
  editTo: string;
  historyTo: string;
  deletePath: string;
  /** Where to go once deleted. */
  afterDelete: string;
  labels: { edit: string; history: string; delete: string; confirm: string };
}

/** Edit, history and delete of a capability or expert, each shown only when its ability allows it. */
export function RecordActions({ abilities, editTo, historyTo, deletePath, afterDelete, labels }: Props) {
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<ApiError>();

  const remove = async () => {
    if (!window.confirm(labels.confirm)) return;
    setDeleting(true);
    try {
      await api.delete(deletePath);
      navigate(afterDelete, { replace: true });
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : undefined);
      setDeleting(false);
    }
  };

  return (
    <>
      {abilities.update ? (
        <LinkButton to={editTo} variant="secondary">
          {labels.edit}
        </LinkButton>
      ) : null}
      {abilities.audit ? (
        <LinkButton to={historyTo} variant="secondary">
          {labels.history}
        </LinkButton>
      ) : null}
      {abilities.delete ? (
        <Button variant="danger" busy={deleting} onClick={() => void remove()}>
          {labels.delete}
        </Button>
      ) : null}
      <ApiErrorAlert error={error} />
    </>
  );
}
