import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { ApiError, api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { Button, type Column, Table } from '../../components/ui/index.js';
import { VocabularyItemForm } from './VocabularyItemForm.js';

interface Props {
  path: string;
  /** Items in display order. */
  items: VocabularyItem[];
  onChanged: () => void;
}

/** The terms in order, with edit, move up/down and activate/deactivate on each. */
export function VocabularyItemsTable({ path, items, onChanged }: Props) {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState<VocabularyItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : undefined);
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  // Renumber in steps of ten so later inserts fit between; only items whose position changes are sent.
  const move = (index: number, delta: -1 | 1) =>
    run(async () => {
      const order = [...items];
      const [item] = order.splice(index, 1);
      if (!item) return;
      order.splice(index + delta, 0, item);
      for (const [i, it] of order.entries()) {
        const position = (i + 1) * 10;
        if (it.position !== position) await api.patch(`${path}/${it.id}`, { position });
      }
    });

  const columns: Column<VocabularyItem>[] = [
    { key: 'label', header: t('items.label'), rowHeader: true, render: (i) => i.label },
    { key: 'code', header: t('items.code'), render: (i) => <code>{i.code}</code> },
    { key: 'definition', header: t('items.definition'), render: (i) => i.definition },
    {
      key: 'status',
      header: t('items.status'),
      render: (i) => (i.active ? t('items.active') : t('items.inactive')),
    },
    {
      key: 'actions',
      header: t('items.actions'),
      render: (i) => {
        const index = items.indexOf(i);
        return (
          <div className="page-actions">
            <Button
              variant="secondary"
              className="btn-small"
              onClick={() => setEditing(i)}
              aria-label={t('items.editNamed', { label: i.label })}
            >
              {t('items.edit')}
            </Button>
            <Button
              variant="secondary"
              className="btn-small"
              busy={busy}
              disabled={index === 0}
              onClick={() => void move(index, -1)}
              aria-label={t('items.upNamed', { label: i.label })}
            >
              ↑
            </Button>
            <Button
              variant="secondary"
              className="btn-small"
              busy={busy}
              disabled={index === items.length - 1}
              onClick={() => void move(index, 1)}
              aria-label={t('items.downNamed', { label: i.label })}
            >
              ↓
            </Button>
            <Button
              variant="secondary"
              className="btn-small"
              busy={busy}
              onClick={() => void run(() => api.patch(`${path}/${i.id}`, { active: !i.active }))}
            >
              {i.active ? t('items.deactivate') : t('items.activate')}
            </Button>
          </div>
        );
      },
    },
  ];

  return (
    <>
      {editing ? (
        <section className="section card" aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('items.editHeading', { label: editing.label })}</h2>
          <VocabularyItemForm
            key={editing.id}
            path={path}
            item={editing}
            onDone={(saved) => {
              setEditing(null);
              if (saved) onChanged();
            }}
          />
        </section>
      ) : null}
      <ApiErrorAlert error={error} />
      {items.length === 0 ? <p className="muted">{t('items.none')}</p> : null}
      <Table caption={t('items.caption')} captionHidden columns={columns} rows={items} rowKey={(i) => i.id} />
    </>
  );
}
