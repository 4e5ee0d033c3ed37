import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// Kenya (National Treasury): mobile money regulation, revenue administration with South Africa,
// performance contracts with Rwanda, and public financial management systems. Illustrative figures.

export const KENYA_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'ke-treasury',
    authorEmail: 'ke.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-09-19',
    content: {
      title: {
        en: 'Mobile money study tours: how Kenya’s “test and learn” regulation was shared with peer regulators',
        fr: 'Voyages d’étude sur l’argent mobile : le partage de la régulation kenyane « tester et apprendre »',
      },
      summary: {
        en: 'As mobile money spread in Kenya, central banks and finance ministries from Africa and Asia came to see how a telecom-led payment service was allowed to grow under a “test and learn” approach while protecting customers. Study tours combined meetings with the regulator, agents and a mobile operator with peer sessions facilitated by a network of financial inclusion policymakers. The story follows what visitors changed at home. (Demo)',
        fr: 'Avec l’essor de l’argent mobile au Kenya, des banques centrales et ministères des finances d’Afrique et d’Asie sont venus voir comment un service de paiement porté par un opérateur télécom a pu se développer selon une approche « tester et apprendre » tout en protégeant les clients. Les voyages d’étude ont combiné rencontres avec le régulateur, des agents et un opérateur mobile, et des sessions entre pairs animées par un réseau de décideurs de l’inclusion financière. Le récit suit ce que les visiteurs ont changé chez eux. (Demo)',
      },
      challenge: {
        en: 'Most adults in the visiting countries had no bank account. Regulators were unsure whether to let non-banks offer payments and how to supervise agents and protect customer funds.',
      },
      approach: {
        en: 'Two- to three-day study tours: sessions with central bank supervisors on trust accounts and agent rules, visits to agents in Nairobi and rural towns, a meeting with the mobile operator, and peer discussions on draft regulations brought by the visitors. Follow-up took place through the policymakers’ network.',
      },
      instruments: ['study_tour', 'community_of_practice', 'multistakeholder_dialogue'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'face_to_face',
      durationMonths: 48,
      participants: [
        org('ke-treasury', 'provider'),
        party('KE', { en: 'Central Bank of Kenya' }, 'provider'),
        party('TZ', { en: 'Bank of Tanzania' }, 'recipient'),
        party('AF', { en: 'Da Afghanistan Bank' }, 'recipient'),
        party('BD', { en: 'Bangladesh Bank' }, 'recipient'),
        party(null, { en: 'Alliance for Financial Inclusion' }, 'facilitator'),
        party('KE', { en: 'Mobile network operator' }, 'private_partner'),
      ],
      results: {
        en: 'Illustrative for the demo: several visiting regulators issued mobile money or agent-banking rules within two years, citing the Kenyan approach; two set up regulatory sandboxes.',
      },
      didNotWork: {
        en: 'Visitors often wanted to copy the product rather than the regulatory process; where a dominant operator was absent, results differed greatly.',
      },
      lessons: {
        en: 'Share the regulatory reasoning and the risks taken, not the brand. Include the private operator, but keep the exchange regulator-to-regulator.',
      },
      periodStart: 2009,
      periodEnd: 2013,
      sectors: ['24010', '24030', '24040'],
      sdgTargets: ['8.10', '1.4', '9.3'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'new_actions'],
      assessmentDimensions: ['private_sector', 'legal_framework'],
      contact: contact('Otieno Mwangi (demo)'),
      links: [{ url: 'https://www.centralbank.go.ke', title: 'Central Bank of Kenya' }],
      languages: langs('en', { fr: 'machine' }),
    },
  },
  {
    orgKey: 'ke-treasury',
    authorEmail: 'ke.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-02-26',
    content: {
      title: { en: 'Modernising revenue administration: peer exchange between Kenya and South Africa' },
      summary: {
        en: 'Kenya’s revenue authority and South Africa’s revenue service exchanged staff and practices on taxpayer segmentation, e-filing, risk-based audit and customs modernisation, with support from the African tax administration forum. The story describes the staff attachments, how Kenya adapted South Africa’s large-taxpayer office and e-filing and what South Africa learned from Kenya’s mobile tax payments. (Demo)',
      },
      challenge: {
        en: 'Kenya wanted to raise domestic revenue without raising rates, by improving compliance and cutting the cost of paying taxes. Paper-based processes and limited audit capacity held back collection.',
      },
      approach: {
        en: 'Staff attachments of two to six weeks in both directions, joint workshops on risk engines and e-filing, benchmarking through the regional forum and a peer review of the large-taxpayer office.',
      },
      instruments: ['secondment', 'twinning', 'community_of_practice'],
      activityTypes: ['experiential', 'analytical'],
      deliveryMode: 'face_to_face',
      durationMonths: 48,
      participants: [
        org('ke-treasury', 'recipient'),
        party('KE', { en: 'Kenya Revenue Authority' }, 'recipient'),
        party('ZA', { en: 'South African Revenue Service' }, 'provider'),
        party(null, { en: 'African Tax Administration Forum' }, 'facilitator'),
      ],
      results: {
        en: 'Illustrative for the demo: e-filing became the norm for most taxpayers within a few years and compliance among large taxpayers rose; both agencies kept a standing staff exchange.',
      },
      didNotWork: {
        en: 'The first e-filing system was introduced before enough taxpayer support was in place, which led to complaints and a temporary return to paper.',
      },
      lessons: {
        en: 'Peer agencies at similar stages learn from each other in both directions. Taxpayer services must be ready before going digital.',
      },
      costs: cost(
        600_000,
        'USD',
        { en: 'Both revenue agencies (staff time) and the regional forum (workshops)' },
        { en: 'Illustrative figure for the demo.' },
      ),
      periodStart: 2012,
      periodEnd: 2016,
      sectors: ['15114', '15155', '33120'],
      sdgTargets: ['17.1', '16.6'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['enhanced_skills', 'new_actions', 'enhanced_connectivity'],
      assessmentDimensions: ['international_partnerships', 'information_systems'],
      contact: contact('Grace Njeri (demo)'),
      links: [
        { url: 'https://www.sars.gov.za', title: 'South African Revenue Service' },
        { url: 'https://www.treasury.go.ke', title: 'The National Treasury of Kenya' },
      ],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'ke-treasury',
    authorEmail: 'ke.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-11-20',
    content: {
      title: { en: 'Performance contracts and Imihigo: peer learning between Kenya and Rwanda' },
      summary: {
        en: 'Kenya’s performance contracting in the public service and Rwanda’s Imihigo — home-grown performance pledges between local leaders, the president and citizens — were compared in mutual visits of officials. The story shows how Kenyan counties borrowed Rwanda’s public evaluation and citizen participation, and how Rwanda looked at Kenya’s negotiation and ranking methods. (Demo)',
      },
      challenge: {
        en: 'Both governments wanted public bodies to deliver on national plans and to be held to account for it. Kenya’s devolution to counties raised the question of how to extend performance management to new local governments.',
      },
      approach: {
        en: 'Study visits to districts in Rwanda during Imihigo evaluations and to Kenyan ministries and counties during contract negotiations, joint workshops on indicators and a shared note on the two systems prepared with support from Rwanda Cooperation.',
      },
      instruments: ['study_tour', 'multistakeholder_dialogue'],
      activityTypes: ['experiential', 'discussion', 'analytical'],
      deliveryMode: 'face_to_face',
      durationMonths: 18,
      participants: [
        org('ke-treasury', 'recipient'),
        party('KE', { en: 'Kenyan county governments' }, 'recipient'),
        org('rw-rci', 'provider'),
        party('RW', { en: 'Rwandan district governments' }, 'provider'),
      ],
      results: {
        en: 'Illustrative for the demo: several counties introduced public evaluation days modelled on Imihigo; Rwanda refined its indicator guidance after seeing Kenya’s negotiation process.',
      },
      didNotWork: {
        en: 'Ranking districts publicly worked in Rwanda’s context; in Kenya it raised political resistance in some counties.',
      },
      lessons: {
        en: 'Home-grown solutions carry their culture with them: adopt the principles (public commitment, citizen voice), and adapt the mechanics to the political setting.',
      },
      periodStart: 2019,
      periodEnd: 2020,
      sectors: ['15110', '15112', '15127'],
      sdgTargets: ['16.6', '16.7'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'improved_consensus'],
      assessmentDimensions: ['monitoring_evaluation', 'political_commitment'],
      contact: contact('Daniel Kiprono (demo)'),
      links: [{ url: 'https://www.treasury.go.ke', title: 'The National Treasury of Kenya' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'ke-treasury',
    authorEmail: 'ke.admin@demo.kxhub.org',
    state: 'draft',
    content: {
      title: { en: 'Re-engineering the integrated financial management system: what we learned from peers' },
      summary: {
        en: 'Draft: before re-engineering its financial management information system, the Treasury asked peers who had done the same what they would do differently. (Demo)',
      },
      instruments: ['study_tour'],
      participants: [org('ke-treasury', 'recipient')],
      sectors: ['15111'],
      contact: contact('Wanjiru Kamau (demo)'),
      languages: langs('en'),
    },
  },
];
