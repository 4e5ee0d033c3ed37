import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import { usePaged } from '../../api/use-paged.js';
import { useLocale } from '../../app/i18n.js';
import { PagedList } from '../../components/lists/PagedList.js';
import { Page } from '../../components/ui/index.js';
import { ActionsFilters } from './ActionsFilters.js';
import { ActionsItem } from './ActionsItem.js';
import { actionFilterParams, actionsPath, readActionFilters } from './actions-model.js';
import './record-styles.css';

/**
 * `/dialogues/actions`: follow-up actions across the dialogues the reader may see, by due date,
 * filtered by state, owning organisation and series (in the address, to share); overdue ones
 * say so, and those the reader convenes can be ticked off here.
 */
export default function ActionsPage() {
  const { t } = useTranslation('dialogue-record');
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const filters = readActionFilters(params);
  const list = usePaged<DialogueAction>(actionsPath(filters, locale));
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const items = list.items.filter((a) => !removed.has(a.id));
  return (
    <Page title={t('list.title')} intro={<p>{t('list.intro')}</p>}>
      <ActionsFilters filters={filters} onApply={(next) => setParams(actionFilterParams(next))} />
      <section aria-labelledby="actions-results" className="section">
        <h2 id="actions-results" className="visually-hidden">
          {t('list.results')}
        </h2>
        <PagedList list={{ ...list, items }} noneText={t('list.none')} className="action-list">
          {items.map((a) => (
            <ActionsItem
              key={a.id}
              action={a}
              showDialogue
              onChanged={(next) => list.replace(next, (x) => x.id === next.id)}
              onRemoved={(gone) => setRemoved((prev) => new Set(prev).add(gone.id))}
            />
          ))}
        </PagedList>
      </section>
    </Page>
  );
}
