import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Offer } from '../../../shared/contracts/marketplace.js';
import { MarketRecordLoader, MarketRecordPage } from './MarketRecord.js';
import { names, RecordFacts, RecordText, usePeriod, withNote } from './MarketRecordParts.js';

/** An offer: what is offered, on what terms, what it draws on, and the needs it could answer. */
export default function OfferPage() {
  return (
    <MarketRecordLoader<Offer> kind="offer">{(offer) => <OfferView offer={offer} />}</MarketRecordLoader>
  );
}

/** Linked records as a list of links, or nothing. */
const links = (items: readonly { id: string; title: string }[], base: string) =>
  items.length > 0 ? (
    <ul className="inline-list">
      {items.map((i) => (
        <li key={i.id}>
          <Link to={`${base}/${i.id}`} dir="auto">
            {i.title}
          </Link>
        </li>
      ))}
    </ul>
  ) : null;

function OfferView({ offer }: { offer: Offer }) {
  const { t } = useTranslation('market');
  const period = usePeriod();
  return (
    <MarketRecordPage kind="offer" record={offer} texts={[offer.description, offer.costSharingNote]}>
      {({ lang, pick }) => {
        return (
          <>
            <RecordText
              id="description-heading"
              heading={t('offer.text')}
              text={pick(offer.description)}
              lang={lang}
            />
            <RecordFacts
              record={offer}
              own={[
                [t('fields.challengeAreas'), names(offer.challengeAreas)],
                [t('fields.deliveryModes'), names(offer.deliveryModes)],
                [
                  t('fields.availability'),
                  period(offer.availableFrom, offer.availableTo) || t('period.none'),
                ],
                [
                  t('fields.capacityPerYear'),
                  offer.capacityPerYear === null
                    ? t('capacityUnknown')
                    : t('capacity', { count: offer.capacityPerYear }),
                ],
                [
                  t('fields.costSharing'),
                  withNote(t(`costSharing.${offer.costSharing}`), pick(offer.costSharingNote)),
                ],
                [t('fields.capabilities'), links(offer.capabilities, '/capabilities')],
                [t('fields.experiences'), links(offer.experiences, '/experiences')],
              ]}
            />
          </>
        );
      }}
    </MarketRecordPage>
  );
}
