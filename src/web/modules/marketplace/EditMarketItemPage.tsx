import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Need, Offer } from '../../../shared/contracts/marketplace.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { patchChanges } from '../../components/forms/draft-model.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { MarketFormDelete } from './MarketFormDelete.js';
import { draftKeyOf, type MarketKind, todayOf } from './market-form-choices.js';
import { needDraftOf, needFieldsOf, offerDraftOf, offerFieldsOf } from './market-form-model.js';
import { NeedForm } from './NeedForm.js';
import { OfferForm } from './OfferForm.js';

/**
 * `/needs/:id/edit` and `/offers/:id/edit`: the form with the record's values (or a draft left
 * earlier), saved as a PATCH of what changed; and deleting it. Offered only with its abilities.
 */
export default function EditMarketItemPage({ kind }: { kind: MarketKind }) {
  const { t } = useTranslation('market-form');
  const { id = '' } = useParams();
  const locale = useLocale();
  const navigate = useNavigate();
  const [today] = useState(() => todayOf(new Date()));
  const path = `/${kind}s/${id}`;
  const { data: record, error, loading } = useApi<Need | Offer>(path);

  if (error?.status === 404) return <NotFoundPage />;
  if (!record) return loading ? <Loading /> : <ApiErrorAlert error={error} />;

  const need = kind === 'need';
  const common = {
    draftKey: draftKeyOf(kind, record.id),
    organisations: null,
    today,
    submitLabel: t('edit.save'),
  };
  const form = () => {
    if (need) {
      const initial = needDraftOf(record as Need, locale);
      return (
        <NeedForm
          {...common}
          initial={initial}
          save={async (d) => {
            await patchChanges(path, needFieldsOf(initial), needFieldsOf(d));
            navigate(path);
          }}
        />
      );
    }
    const offer = record as Offer;
    const initial = offerDraftOf(offer, locale);
    return (
      <OfferForm
        {...common}
        initial={initial}
        linked={{ capabilities: offer.capabilities, experiences: offer.experiences }}
        save={async (d) => {
          await patchChanges(path, offerFieldsOf(initial), offerFieldsOf(d));
          navigate(path);
        }}
      />
    );
  };

  return (
    <Page
      title={
        need ? t('edit.needTitle', { title: record.title }) : t('edit.offerTitle', { title: record.title })
      }
      before={
        <Link className="back-link" to={path}>
          {t('edit.backTo', { title: record.title })}
        </Link>
      }
    >
      {record.abilities.update ? (
        <>
          <p>{t('edit.for', { organisation: record.organisation.name })}</p>
          {form()}
        </>
      ) : (
        <Alert tone="warning">
          <p>{need ? t('edit.cannotEditNeed') : t('edit.cannotEditOffer')}</p>
        </Alert>
      )}
      {record.abilities.delete ? <MarketFormDelete kind={kind} id={record.id} /> : null}
    </Page>
  );
}
