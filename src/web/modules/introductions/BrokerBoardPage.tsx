import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client.js';
import { usePaged } from '../../api/use-paged.js';
import { useLocale } from '../../app/i18n.js';
import { PagedList } from '../../components/lists/PagedList.js';
import { Page } from '../../components/ui/index.js';
import { BoardItem } from './BoardItem.js';
import type { BoardItem as Item } from './types.js';
import './introductions.css';

/**
 * `/broker`: open needs no one has accepted an introduction for yet, oldest first, each with its
 * best stored match and, when that is an offer, a way to introduce the two.
 */
export default function BrokerBoardPage() {
  const { t } = useTranslation('introductions');
  const locale = useLocale();
  const list = usePaged<Item>(withQuery('/broker/board', { locale }));
  // One "now" per visit: ages do not shift while the reader works down the list.
  const now = useMemo(() => new Date(), []);
  const { replace } = list;
  const counted = useCallback(
    (item: Item) =>
      replace({ ...item, liveIntroductions: item.liveIntroductions + 1 }, (x) => x.need.id === item.need.id),
    [replace],
  );

  return (
    <Page title={t('board.title')} intro={<p>{t('board.intro')}</p>}>
      <PagedList list={list} noneText={t('board.empty')} className="intro-list">
        {list.items.map((item) => (
          <BoardItem key={item.need.id} item={item} now={now} onCreated={() => counted(item)} />
        ))}
      </PagedList>
    </Page>
  );
}
