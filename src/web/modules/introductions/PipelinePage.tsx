import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MarketMine } from '../../../shared/contracts/marketplace.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { Alert, LinkButton, Loading, Page } from '../../components/ui/index.js';
import { MarketItems } from './MarketItems.js';
import { PipelineIntroductions } from './PipelineIntroductions.js';
import { groupPipeline } from './pipeline-model.js';
import type { Pipeline } from './types.js';
import './introductions.css';

/**
 * `/market/mine`: the needs and offers of the reader's organisations with their introduction
 * counts, and their introductions grouped by whose turn it is.
 */
export default function PipelinePage() {
  const { t } = useTranslation('introductions');
  const { can, user } = useSession();
  const locale = useLocale();
  const mine = useApi<MarketMine>(withQuery('/market/mine', { locale }));
  const pipeline = useApi<Pipeline>(withQuery('/introductions/mine', { locale }));
  const groups = useMemo(() => (pipeline.data ? groupPipeline(pipeline.data) : null), [pipeline.data]);
  const canPost = can('market.post');

  return (
    <Page
      title={t('pipeline.title')}
      intro={<p>{t('pipeline.intro')}</p>}
      actions={
        canPost ? (
          <>
            <LinkButton to="/needs/new">{t('pipeline.post.need')}</LinkButton>
            <LinkButton to="/offers/new" variant="secondary">
              {t('pipeline.post.offer')}
            </LinkButton>
          </>
        ) : null
      }
    >
      {user && user.memberships.length === 0 ? (
        <Alert tone="info">
          <p>
            {t('pipeline.noOrganisation')} <Link to="/organisations">{t('pipeline.findOrganisation')}</Link>
          </p>
        </Alert>
      ) : null}
      <ApiErrorAlert error={pipeline.error} />
      {groups ? <PipelineIntroductions groups={groups} /> : pipeline.loading ? <Loading /> : null}
      <ApiErrorAlert error={mine.error} />
      {mine.data ? (
        <>
          <MarketItems kind="need" items={mine.data.needs} canPost={canPost} />
          <MarketItems kind="offer" items={mine.data.offers} canPost={canPost} />
        </>
      ) : mine.loading ? (
        <Loading />
      ) : null}
    </Page>
  );
}
