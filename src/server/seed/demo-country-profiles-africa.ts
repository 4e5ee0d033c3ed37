import { type DemoDoc, type DemoProfile, demoHistory, named } from './demo-country-profiles-types.js';

// South Africa, Morocco, Rwanda, and Kenya (an unpublished draft only).

const southAfrica: DemoDoc = (o, id) => ({
  defaultLocale: 'en',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular', 'regional'],
  bodies: [
    o('za-dirco', { en: 'Department of International Relations and Cooperation (DIRCO)' }, ['lead_agency']),
    named({ en: 'African Renaissance and International Co-operation Fund (ARF)' }, ['funder'], {
      en: 'Fund managed by DIRCO, with the National Treasury on its advisory committee.',
    }),
    named({ en: 'National Treasury' }, ['funder', 'coordination_body']),
    named({ en: 'South African Development Partnership Agency (SADPA)' }, [], {
      en: 'Announced in 2011 to take over from the ARF; not yet operational.',
    }),
  ],
  legalBasis: {
    instrument: 'law',
    title: { en: 'African Renaissance and International Co-operation Fund Act, 2000 (Act 51 of 2000)' },
    year: 2000,
  },
  strategy: {
    status: 'in_preparation',
    title: { en: 'Development partnership policy framework' },
  },
  nationalPlan: {
    mainstreamed: true,
    how: {
      en: 'The National Development Plan 2030 places South Africa’s development partnerships within its African agenda.',
    },
  },
  coordination: {
    mechanism: 'informal',
    description: { en: 'DIRCO consults the National Treasury and line departments on ARF-funded projects.' },
    memberIds: id('za-dirco'),
  },
  budgetLine: {
    exists: true,
    note: { en: 'Transfers to the African Renaissance Fund in DIRCO’s budget vote.' },
  },
  informationSystem: { exists: false },
  monitoringEvaluation: { exists: false },
  history: demoHistory({
    en: 'Since 2000 South Africa has funded cooperation with other African countries — elections support, peace-building, humanitarian aid and capacity building — through the African Renaissance and International Co-operation Fund managed by DIRCO. In 2011 the government announced a South African Development Partnership Agency (SADPA) to replace the fund.',
  }),
  obstacles: {
    en: 'Much of South Africa’s cooperation runs through line departments and is not counted; the new agency’s law was delayed.',
  },
  challenges: {
    en: 'Setting up SADPA and its partnership fund; reporting all development partnerships in one place.',
  },
});

const morocco: DemoDoc = (o, id) => ({
  defaultLocale: 'fr',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular'],
  bodies: [
    o('ma-amci', { fr: 'Agence Marocaine de Coopération Internationale' }, [
      'lead_agency',
      'implementing_agency',
    ]),
    named(
      {
        fr: 'Ministère des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l’étranger',
      },
      ['line_ministry'],
    ),
  ],
  legalBasis: {
    instrument: 'law',
    title: { fr: 'Loi portant création de l’Agence Marocaine de Coopération Internationale' },
    year: 1986,
  },
  strategy: { status: 'none' },
  nationalPlan: {
    mainstreamed: true,
    how: {
      fr: 'La Constitution de 2011 fait du renforcement de la coopération Sud-Sud un engagement du Royaume.',
    },
  },
  coordination: {
    mechanism: 'informal',
    description: {
      fr: 'L’AMCI mobilise les ministères et établissements publics selon les demandes des pays partenaires.',
    },
    memberIds: id('ma-amci'),
  },
  budgetLine: {
    exists: true,
    note: { fr: 'Budget de l’AMCI, dont les bourses d’études pour étudiants étrangers.' },
  },
  informationSystem: { exists: false },
  monitoringEvaluation: { exists: false },
  history: demoHistory({
    fr: 'Créée en 1986, l’Agence Marocaine de Coopération Internationale met en œuvre la coopération du Maroc avec les pays partenaires, surtout en Afrique subsaharienne : bourses d’études, formation de cadres et assistance technique.',
    en: 'Created in 1986, the Moroccan Agency for International Cooperation carries out Morocco’s cooperation with partner countries, mainly in sub-Saharan Africa: scholarships, training of civil servants and technical assistance.',
  }),
  obstacles: { fr: 'Suivi limité des anciens boursiers et des projets une fois achevés.' },
  challenges: {
    fr: 'Mesurer les effets des bourses et de l’assistance technique ; développer la coopération triangulaire.',
  },
});

const rwanda: DemoDoc = (o, id) => ({
  defaultLocale: 'en',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular'],
  bodies: [
    o('rw-rci', { en: 'Rwanda Cooperation' }, ['lead_agency', 'implementing_agency'], {
      en: 'Organises study visits and exchanges on Rwanda’s home-grown solutions.',
    }),
    named({ en: 'Ministry of Foreign Affairs and International Cooperation (MINAFFET)' }, ['line_ministry']),
    named({ en: 'Ministry of Finance and Economic Planning (MINECOFIN)' }, ['funder']),
  ],
  legalBasis: { instrument: 'policy', title: { en: 'Establishment of Rwanda Cooperation' }, year: 2018 },
  strategy: { status: 'in_preparation', title: { en: 'Rwanda Cooperation strategic plan' } },
  nationalPlan: { mainstreamed: null },
  coordination: {
    mechanism: 'informal',
    description: { en: 'Rwanda Cooperation works with the institutions behind each home-grown solution.' },
    memberIds: id('rw-rci'),
  },
  budgetLine: { exists: false, note: { en: 'Study visits are largely paid for by the visiting countries.' } },
  informationSystem: { exists: false },
  monitoringEvaluation: { exists: false },
  history: demoHistory({
    en: 'Rwanda Cooperation was set up in 2018 to respond to the many requests to learn from Rwanda’s home-grown solutions, such as community work (Umuganda), performance contracts (Imihigo) and community-based health insurance.',
    fr: 'Rwanda Cooperation a été créée en 2018 pour répondre aux nombreuses demandes d’apprentissage des solutions endogènes du Rwanda, comme le travail communautaire (Umuganda) et les contrats de performance (Imihigo).',
  }),
  obstacles: { en: 'Requests for study visits arrive unplanned and stretch the host institutions.' },
  challenges: { en: 'Moving from study visits to longer partnerships; documenting what visitors adopted.' },
});

/** Kenya's profile is a draft in progress: not published, visible only to its coordinators. */
const kenyaDraft: DemoDoc = (o, id) => ({
  defaultLocale: 'en',
  countryRole: 'dual',
  modalities: ['bilateral'],
  bodies: [
    o('ke-treasury', { en: 'The National Treasury — External Resources Department' }, ['coordination_body']),
    named({ en: 'Ministry of Foreign Affairs' }, ['line_ministry']),
  ],
  strategy: { status: 'in_preparation' },
  coordination: { mechanism: null, memberIds: id('ke-treasury') },
  history: demoHistory({
    en: 'Kenya receives development cooperation and shares its experience with neighbouring countries, for example in mobile money and geothermal energy. (Draft: lead agency and obstacles still to be written.)',
  }),
});

export const AFRICA_PROFILES: DemoProfile[] = [
  { code: 'ZA', versions: [{ at: '2020-09-14T09:00:00Z', changeNote: 'First version.', doc: southAfrica }] },
  { code: 'MA', versions: [{ at: '2021-06-02T10:00:00Z', changeNote: 'Première version.', doc: morocco }] },
  { code: 'RW', versions: [{ at: '2023-05-22T08:00:00Z', changeNote: 'First version.', doc: rwanda }] },
  { code: 'KE', versions: [], draftOnly: kenyaDraft },
];
