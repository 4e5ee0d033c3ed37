import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../shared/contracts/accounts.js';
import { ApiError, api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useDateFormat } from '../../app/format.js';
import { Button, type Column, Loading, Table } from '../../components/ui/index.js';
import { TokenCreateForm } from './TokenCreateForm.js';

/** Personal API tokens: list, create (shown once), revoke. */
export function TokensSection() {
  const { t } = useTranslation('accounts');
  const formatDate = useDateFormat();
  const tokens = useApi<{ items: ApiToken[] }>('/me/tokens');
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<ApiError>();

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
    setRevoking(token.id);
    setRevokeError(undefined);
    try {
      await api.delete(`/me/tokens/${token.id}`);
      tokens.reload();
    } catch (error) {
      setRevokeError(error instanceof ApiError ? error : undefined);
    } finally {
      setRevoking(null);
    }
  };

  const status = (token: ApiToken) => {
    if (token.revokedAt) return t('tokens.revoked');
    if (token.expiresAt && new Date(token.expiresAt) < new Date()) return t('tokens.expired');
    return t('tokens.active');
  };

  const columns: Column<ApiToken>[] = [
    { key: 'name', header: t('tokens.name'), rowHeader: true, render: (tk) => tk.name },
    { key: 'prefix', header: t('tokens.prefix'), render: (tk) => <code>{tk.prefix}…</code> },
    { key: 'created', header: t('tokens.created'), render: (tk) => formatDate(tk.createdAt) },
    {
      key: 'used',
      header: t('tokens.lastUsed'),
      render: (tk) => formatDate(tk.lastUsedAt) || t('tokens.never'),
    },
    {
      key: 'expires',
      header: t('tokens.expires'),
      render: (tk) => formatDate(tk.expiresAt) || t('tokens.never'),
    },
    { key: 'status', header: t('tokens.status'), render: status },
    {
      key: 'actions',
      header: t('tokens.actions'),
      render: (tk) =>
        tk.revokedAt ? null : (
          <Button
            variant="secondary"
            className="btn-small"
            busy={revoking === tk.id}
            aria-label={t('tokens.revokeNamed', { name: tk.name })}
            onClick={() => void revoke(tk)}
          >
            {t('tokens.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <section className="section" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('tokens.heading')}</h2>
      <p>{t('tokens.intro')}</p>
      <TokenCreateForm onCreated={tokens.reload} />
      <ApiErrorAlert error={tokens.error ?? revokeError} />
      {tokens.loading && !tokens.data ? <Loading /> : null}
      {tokens.data && tokens.data.items.length === 0 ? <p className="muted">{t('tokens.none')}</p> : null}
      {tokens.data && tokens.data.items.length > 0 ? (
        <Table
          caption={t('tokens.caption')}
          columns={columns}
          rows={tokens.data.items}
          rowKey={(tk) => tk.id}
        />
      ) : null}
    </section>
  );
}
