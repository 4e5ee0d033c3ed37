import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Experience, ExperienceSummary } from '../../../shared/contracts/experiences.js';
import { ApiError, api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Alert, Button, type Column, LinkButton, Loading, Page, Table } from '../../components/ui/index.js';
import { useDayFormat } from '../countries/format.js';
import type { SubmittedNotice } from './Editor.js';
import { useFieldLabels } from './editor-labels.js';
import { lastChange, mineActions } from './editor-model.js';
import './editor-styles.css';

type Item = ExperienceSummary;
type RowNote = { tone: 'success' | 'error'; text: string; editLink?: boolean };

const asApiError = (reason: unknown) =>
  reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));

/**
 * `/experiences/mine`: every experience the user wrote or may edit, newest change first, with its
 * status, whether it is stale, and what can be done next (edit, submit, confirm it is still accurate).
 */
export default function MyExperiencesPage() {
  const { t } = useTranslation('experience-editor');
  const labels = useFieldLabels();
  const locale = useLocale();
  const formatDay = useDayFormat();
  const location = useLocation();
  const list = useApi<{ items: Item[] }>(`/experiences/mine?locale=${locale}`);
  const [busy, setBusy] = useState<string | null>(null);
  const [notes, setNotes] = useState<Record<string, RowNote>>({});
  const submitted = (location.state as SubmittedNotice | null)?.submitted;

  const note = (id: string, value: RowNote) => setNotes((n) => ({ ...n, [id]: value }));
  const replace = (id: string, patch: Partial<Item>) => {
    if (!list.data) return;
    list.setData({ items: list.data.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) });
  };

  const act = async (item: Item, action: 'verify' | 'submit') => {
    setBusy(`${item.id}:${action}`);
    try {
      const answer = await api.post<Experience>(`/experiences/${item.id}/${action}`, {});
      replace(item.id, {
        status: answer.status,
        stale: answer.stale,
        lastVerifiedAt: answer.lastVerifiedAt,
        submittedAt: answer.submittedAt,
        hasPendingEdits: answer.hasPendingEdits,
      });
      note(item.id, {
        tone: 'success',
        text: action === 'verify' ? t('mine.verified') : t('mine.submitted'),
      });
    } catch (reason) {
      const error = asApiError(reason);
      const count = Object.keys(error.fields).length;
      note(
        item.id,
        count > 0 && action === 'submit'
          ? { tone: 'error', text: t('mine.notReady', { count }), editLink: true }
          : { tone: 'error', text: error.message || t('mine.failed') },
      );
    } finally {
      setBusy(null);
    }
  };

  const columns: Column<Item>[] = [
    {
      key: 'title',
      header: t('mine.columns.title'),
      rowHeader: true,
      render: (item) => {
        const actions = mineActions(item);
        const to = actions.edit ? `/experiences/${item.id}/edit` : `/experiences/${item.id}`;
        return (
          <>
            <Link to={to} lang={item.titleLocale}>
              {item.title || t('untitled')}
            </Link>
            <span className="muted block">{item.organisation.name}</span>
          </>
        );
      },
    },
    {
      key: 'status',
      header: t('mine.columns.status'),
      render: (item) => (
        <span className="status-badges">
          {labels.status(item.status)}
          {item.status === 'published' && item.submittedAt ? (
            <span className="badge">{t('mine.changesInReview')}</span>
          ) : item.hasPendingEdits ? (
            <span className="badge">{t('mine.pendingEdits')}</span>
          ) : null}
          {item.stale ? <span className="badge badge-warning">{t('mine.stale')}</span> : null}
        </span>
      ),
    },
    {
      key: 'changed',
      header: t('mine.columns.changed'),
      render: (item) => formatDay(lastChange(item)),
    },
    {
      key: 'verified',
      header: t('mine.columns.verified'),
      render: (item) => (item.lastVerifiedAt ? formatDay(item.lastVerifiedAt) : '—'),
    },
    {
      key: 'actions',
      header: t('mine.columns.actions'),
      render: (item) => {
        const actions = mineActions(item);
        const name = item.title || t('untitled');
        const rowNote = notes[item.id];
        return (
          <div className="row-actions">
            {actions.edit ? (
              <Link to={`/experiences/${item.id}/edit`} aria-label={t('mine.editNamed', { title: name })}>
                {t('mine.edit')}
              </Link>
            ) : null}
            {actions.view ? (
              <Link to={`/experiences/${item.id}`} aria-label={t('mine.viewNamed', { title: name })}>
                {t('mine.view')}
              </Link>
            ) : null}
            {actions.submit ? (
              <Button
                variant="secondary"
                className="btn-small"
                busy={busy === `${item.id}:submit`}
                aria-label={t('mine.submitNamed', { title: name })}
                onClick={() => void act(item, 'submit')}
              >
                {t('mine.submit')}
              </Button>
            ) : null}
            {actions.verify ? (
              <Button
                variant={item.stale ? 'primary' : 'secondary'}
                className="btn-small"
                busy={busy === `${item.id}:verify`}
                aria-label={t('mine.verifyNamed', { title: name })}
                onClick={() => void act(item, 'verify')}
              >
                {t('mine.verify')}
              </Button>
            ) : null}
            <p role="status" className={rowNote?.tone === 'error' ? 'field-error' : 'muted'}>
              {rowNote?.text}
              {rowNote?.editLink ? (
                <>
                  {' '}
                  <Link to={`/experiences/${item.id}/edit`}>{t('mine.openEditor')}</Link>
                </>
              ) : null}
            </p>
          </div>
        );
      },
    },
  ];

  const items = list.data?.items ?? [];
  const stale = items.filter((i) => i.stale).length;

  return (
    <Page
      title={t('mine.title')}
      intro={<p>{t('mine.intro')}</p>}
      actions={<LinkButton to="/experiences/new">{t('mine.new')}</LinkButton>}
    >
      {submitted ? (
        <Alert tone="success">
          <p>{t('mine.submittedNotice')}</p>
        </Alert>
      ) : null}
      {stale > 0 ? (
        <Alert tone="warning">
          <p>{t('mine.staleNotice', { count: stale })}</p>
        </Alert>
      ) : null}
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <p>
          {t('mine.empty')} <Link to="/experiences/new">{t('mine.emptyLink')}</Link>
        </p>
      ) : null}
      {items.length > 0 ? (
        <Table
          caption={t('mine.caption')}
          captionHidden
          columns={columns}
          rows={items}
          rowKey={(i) => i.id}
        />
      ) : null}
    </Page>
  );
}
