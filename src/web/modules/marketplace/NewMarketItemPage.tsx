import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Need, Offer } from '../../../shared/contracts/marketplace.js';
import { api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { draftKeyOf, type MarketKind, pickOrganisation, todayOf } from './market-form-choices.js';
import { emptyNeedDraft, emptyOfferDraft, needBodyOf, offerBodyOf } from './market-form-model.js';
import { usePostingOrganisations } from './market-form-organisations.js';
import { NeedForm } from './NeedForm.js';
import { OfferForm } from './OfferForm.js';

/** `/needs/new` and `/offers/new`: post a need or offer for one of the user's organisations. */
export default function NewMarketItemPage({ kind }: { kind: MarketKind }) {
  const { t } = useTranslation('market-form');
  const locale = useLocale();
  const navigate = useNavigate();
  const [today] = useState(() => todayOf(new Date()));
  const { options, preferred, loading, error } = usePostingOrganisations();
  const list = `/${kind}s`;

  const back = (
    <Link className="back-link" to={list}>
      {kind === 'need' ? t('new.backToNeeds') : t('new.backToOffers')}
    </Link>
  );
  const common = {
    draftKey: draftKeyOf(kind, null),
    organisations: options,
    today,
    submitLabel: kind === 'need' ? t('new.submitNeed') : t('new.submitOffer'),
  };
  // A restored draft may name an organisation the user no longer posts for: the first one then.
  const withOrganisation = <T extends { organisationId: string }>(d: T): T => ({
    ...d,
    organisationId: pickOrganisation(d.organisationId, options),
  });

  const content = () => {
    if (loading) return <Loading />;
    if (options.length === 0)
      return (
        <>
          <ApiErrorAlert error={error} />
          <Alert tone="warning">
            <p>
              {t('new.noOrganisation')} <Link to="/organisations">{t('new.directory')}</Link>
            </p>
          </Alert>
        </>
      );
    return kind === 'need' ? (
      <NeedForm
        {...common}
        initial={emptyNeedDraft(locale, preferred, today)}
        save={async (d) => {
          const created = await api.post<Need>('/needs', needBodyOf(withOrganisation(d)));
          navigate(`/needs/${created.id}`);
        }}
      />
    ) : (
      <OfferForm
        {...common}
        initial={emptyOfferDraft(locale, preferred, today)}
        save={async (d) => {
          const created = await api.post<Offer>('/offers', offerBodyOf(withOrganisation(d)));
          navigate(`/offers/${created.id}`);
        }}
      />
    );
  };

  return (
    <Page
      title={kind === 'need' ? t('new.needTitle') : t('new.offerTitle')}
      intro={<p>{kind === 'need' ? t('new.needIntro') : t('new.offerIntro')}</p>}
      before={back}
    >
      {content()}
    </Page>
  );
}
