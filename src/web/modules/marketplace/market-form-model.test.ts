import { describe, expect, it } from 'vitest';
import type { Need, Offer } from '../../../shared/contracts/marketplace.js';
import { changedFields } from '../../components/forms/draft-model.js';
import {
  emptyNeedDraft,
  emptyOfferDraft,
  needBodyOf,
  needDraftOf,
  needFieldsOf,
  offerBodyOf,
  offerDraftOf,
  offerFieldsOf,
} from './market-form-model.js';

const ORG = '7d3c1f1e-2b7a-4d8e-9a51-0c6a8f2e4b10';
const code = (c: string) => ({ code: c, name: `name of ${c}` });

const common = {
  id: '1b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  title: 'Digital civil registry',
  titleLocale: 'en',
  titles: { en: 'Digital civil registry', es: 'Registro civil digital' },
  organisation: { id: ORG, name: 'Registry', acronym: null, countryCode: 'PE', countryName: 'Peru' },
  sectors: [code('15110')],
  sdgTargets: [code('16.9')],
  languages: [code('es')],
  instruments: [code('study_tour')],
  dimensions: [code('ke_strategy')],
  status: 'in_discussion' as const,
  visibility: 'network' as const,
  expiresOn: '2031-01-31',
  expired: false,
  isDemo: false,
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-02T00:00:00.000Z',
  defaultLocale: 'es',
  abilities: { update: true, delete: true },
};

const need: Need = {
  ...common,
  challenge: { es: 'Registros en papel' },
  changeSought: {},
  challengeArea: code('policy_instruments'),
  outcomes: [code('new_knowledge')],
  deliveryMode: null,
  timeframeFrom: '2030-03-01',
  timeframeTo: null,
  contributesFunds: true,
  contributesInKind: false,
  contributionNote: {},
};

const offer: Offer = {
  ...common,
  description: { en: 'Our registry reform', es: 'Nuestra reforma' },
  challengeAreas: [code('policy_instruments')],
  deliveryModes: [code('virtual')],
  capabilities: [{ id: '2b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', title: 'Registry design' }],
  experiences: [],
  capacityPerYear: 3,
  costSharing: 'cost_shared',
  costSharingNote: { en: 'Travel is on us' },
  availableFrom: null,
  availableTo: '2031-06-30',
};
describe('creating a need', () => {
  it('starts in the reader’s language, open, listed for six months', () => {
    const d = emptyNeedDraft('fr', ORG, '2030-01-15');
    expect(d.languages).toEqual(['fr']);
    expect(d.status).toBe('open');
    expect(d.expiresOn).toBe('2030-07-15');
  });

  it('sends empty optional fields as the contract wants them (null, [] or {})', () => {
    const d = { ...emptyNeedDraft('en', ORG, '2030-01-15'), titles: { en: ' Registry ' } };
    expect(needBodyOf(d)).toEqual({
      organisationId: ORG,
      title: { en: 'Registry' },
      defaultLocale: 'en',
      challenge: {},
      challengeArea: '',
      changeSought: {},
      outcomes: [],
      deliveryMode: null,
      timeframeFrom: null,
      timeframeTo: null,
      contributesFunds: false,
      contributesInKind: false,
      contributionNote: {},
      sectors: [],
      sdgTargets: [],
      instruments: [],
      languages: [],
      dimensions: [],
      visibility: 'public',
      status: 'open',
      expiresOn: '2030-07-15',
    });
  });

  it('sends the languages of the exchange as `languages`, texts only in the record’s languages', () => {
    const d = {
      ...emptyNeedDraft('en', ORG, '2030-01-15'),
      languages: ['es', 'en'],
      titles: { es: 'Registro', en: '', fr: 'Registre' },
      spoken: ['es', 'pt'],
      deliveryMode: 'virtual',
    };
    const body = needBodyOf(d);
    expect(body.title).toEqual({ es: 'Registro' });
    expect(body.defaultLocale).toBe('es');
    expect(body.languages).toEqual(['es', 'pt']);
    expect(body.deliveryMode).toBe('virtual');
  });

  it('survives being kept as JSON (the local draft)', () => {
    const d = emptyNeedDraft('en', ORG, '2030-01-15');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('editing a need', () => {
  it('turns the record into a draft: default language first, codes, empty strings for nulls', () => {
    const d = needDraftOf(need, 'fr');
    expect(d.languages).toEqual(['es', 'en', 'fr']);
    expect(d.challengeArea).toBe('policy_instruments');
    expect(d.deliveryMode).toBe('');
    expect(d.timeframeTo).toBe('');
    expect(d.spoken).toEqual(['es']);
    expect(d.status).toBe('in_discussion');
  });

  it('sends nothing when nothing changed, and only what changed otherwise', () => {
    const initial = needDraftOf(need, 'fr');
    expect(changedFields(needFieldsOf(initial), needFieldsOf(initial))).toEqual({});
    const edited = {
      ...initial,
      status: 'matched' as const,
      timeframeFrom: '',
      titles: { ...initial.titles, fr: 'Registre' },
    };
    expect(changedFields(needFieldsOf(initial), needFieldsOf(edited))).toEqual({
      status: 'matched',
      timeframeFrom: null,
      title: { es: 'Registro civil digital', en: 'Digital civil registry', fr: 'Registre' },
    });
  });

  it('never sends the organisation in an edit', () => {
    expect(needFieldsOf(needDraftOf(need, 'en'))).not.toHaveProperty('organisationId');
  });
});

describe('offers', () => {
  it('sends an empty offer with nulls and empty lists', () => {
    const body = offerBodyOf(emptyOfferDraft('en', ORG, '2030-01-15'));
    expect(body).toMatchObject({
      organisationId: ORG,
      description: {},
      challengeAreas: [],
      deliveryModes: [],
      capabilityIds: [],
      experienceIds: [],
      capacityPerYear: null,
      costSharing: 'negotiable',
      costSharingNote: {},
      availableFrom: null,
      availableTo: null,
      status: 'open',
    });
  });

  it('sends the capacity as a number, or as typed so the API can name the field', () => {
    const d = emptyOfferDraft('en', ORG, '2030-01-15');
    expect(offerFieldsOf({ ...d, capacityPerYear: ' 12 ' }).capacityPerYear).toBe(12);
    expect(offerFieldsOf({ ...d, capacityPerYear: 'ten' }).capacityPerYear).toBe('ten');
  });

  it('edits an offer from its record and sends back what changed', () => {
    const initial = offerDraftOf(offer, 'en');
    expect(initial.capabilityIds).toEqual([offer.capabilities[0]?.id]);
    expect(initial.capacityPerYear).toBe('3');
    expect(initial.availableFrom).toBe('');
    const edited = { ...initial, capabilityIds: [], capacityPerYear: '' };
    expect(changedFields(offerFieldsOf(initial), offerFieldsOf(edited))).toEqual({
      capabilityIds: [],
      capacityPerYear: null,
    });
  });
});
