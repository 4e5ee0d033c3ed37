import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// India (Department of Economic Affairs): ITEC training, digital identity, the Pan-African
// e-Network and solar engineers. Figures are illustrative, not official data.

export const INDIA_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'in-dea',
    authorEmail: 'in.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-08-12',
    content: {
      title: {
        en: 'ITEC: six decades of civilian training for officials of partner countries',
        fr: 'ITEC : six décennies de formation civile pour les fonctionnaires des pays partenaires',
      },
      summary: {
        en: 'India’s Technical and Economic Cooperation programme offers fully funded short courses in Indian institutions to officials and professionals from partner countries, in fields from public finance and audit to rural development, IT and renewable energy. This story looks at how the programme shifted from a fixed catalogue to courses shaped by partner demand, and how alumni networks keep the exchange alive after the course. (Demo)',
        fr: 'Le programme indien de coopération technique et économique propose des formations courtes entièrement financées, dans des institutions indiennes, aux fonctionnaires et professionnels des pays partenaires : finances publiques, audit, développement rural, informatique, énergies renouvelables. Ce récit montre comment le programme est passé d’un catalogue fixe à des cours conçus selon la demande des partenaires, et comment les réseaux d’anciens font vivre l’échange après la formation. (Demo)',
      },
      challenge: {
        en: 'Partner countries asked for practical training adapted to developing-country conditions, at lower cost than courses in high-income countries. A fixed catalogue did not always match their reform priorities, and contact with trainees was lost after they returned home.',
      },
      approach: {
        en: 'Embassies collect nominations and training needs each year; empanelled institutions design courses of two to twelve weeks, some tailored to one country. Alumni associations meet through embassies, and a newer e-learning track reaches officials who cannot travel.',
      },
      instruments: ['training_programme', 'community_of_practice'],
      activityTypes: ['presentation', 'experiential', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 120,
      participants: [
        org('in-dea', 'provider'),
        party(
          'IN',
          { en: 'Ministry of External Affairs of India and empanelled training institutions' },
          'provider',
        ),
        party('ET', { en: 'Officials from Ethiopia' }, 'recipient'),
        party('VN', { en: 'Officials from Viet Nam' }, 'recipient'),
        party('GY', { en: 'Officials from Guyana' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative for the demo: tens of thousands of officials from well over a hundred countries have attended courses; alumni surveys cited in this story report use of the skills at work, and several alumni now lead the institutions that request new courses.',
      },
      didNotWork: {
        en: 'Nominations were sometimes driven by seniority rather than by need, and a single course rarely changed an institution on its own.',
      },
      lessons: {
        en: 'Training works as part of a relationship: link courses to a partner’s reform plan, keep in touch with alumni and offer tailored courses to institutions that send teams rather than individuals.',
      },
      costs: cost(
        40_000_000,
        'USD',
        { en: 'Government of India (tuition, travel and living costs)' },
        { en: 'Illustrative annual order of magnitude for the demo.' },
      ),
      periodStart: 2014,
      periodEnd: 2024,
      sectors: ['11430', '15110', '43081'],
      sdgTargets: ['17.9', '4.4'],
      modality: 'bilateral',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills', 'enhanced_connectivity'],
      assessmentDimensions: ['financing', 'political_commitment', 'monitoring_evaluation'],
      contact: contact('Arjun Mehta (demo)'),
      links: [{ url: 'https://www.itecgoi.in', title: 'ITEC' }],
      languages: langs('en', { fr: 'machine' }),
    },
  },
  {
    orgKey: 'in-dea',
    authorEmail: 'in.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-03-30',
    content: {
      title: {
        en: 'Digital identity and public digital platforms: India’s experience shared with peer governments',
        es: 'Identidad digital y plataformas públicas digitales: la experiencia de India compartida con otros gobiernos',
      },
      summary: {
        en: 'Delegations from Asia, Africa and Latin America came to India to learn how a national digital identity was rolled out to over a billion residents and how it connects to payments and benefit delivery. Peer governments then worked with Indian experts and an open-source identity platform developed in India to design their own systems. The story stresses privacy, inclusion and vendor independence as much as technology. (Demo)',
        es: 'Delegaciones de Asia, África y América Latina viajaron a la India para conocer cómo se extendió una identidad digital nacional a más de mil millones de residentes y cómo se conecta con los pagos y la entrega de prestaciones. Después, varios gobiernos trabajaron con expertos indios y con una plataforma de identidad de código abierto desarrollada en la India para diseñar sus propios sistemas. El relato insiste tanto en la privacidad, la inclusión y la independencia de proveedores como en la tecnología. (Demo)',
      },
      challenge: {
        en: 'Many people in partner countries lacked proof of identity, which kept them out of bank accounts and social programmes. Proprietary systems were expensive and locked governments into one vendor.',
      },
      approach: {
        en: 'Study tours to enrolment centres and the identity authority, technical workshops on architecture and data protection, and hands-on support to pilot an open-source identity platform in partner countries. A community of practice connects the teams that run national deployments.',
      },
      instruments: ['study_tour', 'expert_visit', 'community_of_practice', 'knowledge_fair'],
      activityTypes: ['experiential', 'analytical', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 60,
      participants: [
        org('in-dea', 'provider'),
        party('IN', { en: 'Unique Identification Authority of India' }, 'provider'),
        party('PH', { en: 'Philippine statistics authority' }, 'recipient'),
        party('MA', { en: 'Moroccan national identity programme' }, 'recipient'),
        party('ET', { en: 'Ethiopian national ID programme' }, 'recipient'),
        party(null, { en: 'Bengaluru technology institute (open-source platform)' }, 'facilitator'),
      ],
      results: {
        en: 'Illustrative for the demo: several countries piloted or adopted the open-source platform; partners reported lower licence costs and built in-house teams that now advise other countries in turn.',
      },
      didNotWork: {
        en: 'Early sessions focused on scale and speed; partners had to ask for much more detail on legal safeguards, grievance redress and exclusion risks.',
      },
      lessons: {
        en: 'Share the governance, law and inclusion safeguards together with the technology. Open standards let countries adapt without depending on the provider country or on one company.',
      },
      periodStart: 2018,
      periodEnd: 2023,
      sectors: ['22040', '15110', '16011'],
      sdgTargets: ['16.9', '9.c', '17.8'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'new_actions', 'enhanced_connectivity'],
      assessmentDimensions: ['information_systems', 'legal_framework', 'private_sector'],
      contact: contact('Kavya Iyer (demo)'),
      links: [{ url: 'https://uidai.gov.in', title: 'UIDAI' }],
      languages: langs('en', { es: 'machine' }),
    },
  },
  {
    orgKey: 'in-dea',
    authorEmail: 'in.coordinator@demo.kxhub.org',
    state: 'stale',
    verifiedOn: '2023-06-05',
    content: {
      title: { en: 'The Pan-African e-Network: tele-education and telemedicine between India and Africa' },
      summary: {
        en: 'A satellite and fibre network linked Indian universities and super-speciality hospitals with learning centres and hospitals in many African countries. Students followed degree courses remotely and African doctors held tele-consultations and continuing medical education sessions with Indian specialists. This story looks back on what the network achieved and why it was later redesigned. (Demo)',
      },
      challenge: {
        en: 'African universities and hospitals had limited capacity for specialised courses and consultations, and sending students and patients abroad was costly.',
      },
      approach: {
        en: 'India financed the network, equipment and courses; African Union member states hosted learning centres and patient-end hospitals. Indian institutions delivered live and recorded lectures and scheduled tele-consultations.',
      },
      instruments: ['training_programme', 'community_of_practice'],
      activityTypes: ['presentation', 'discussion'],
      deliveryMode: 'virtual',
      durationMonths: 96,
      participants: [
        org('in-dea', 'funder'),
        party('IN', { en: 'Indian universities and hospitals' }, 'provider'),
        party(null, { en: 'African Union Commission' }, 'facilitator'),
        party('SN', { en: 'Learning centres in Senegal' }, 'recipient'),
        party('GH', { en: 'Hospitals in Ghana' }, 'recipient'),
        party(null, { en: 'Telecommunications operator' }, 'private_partner'),
      ],
      results: {
        en: 'Illustrative for the demo: thousands of students enrolled in remote courses and many tele-consultations took place; several hospitals kept using the link for medical education.',
      },
      didNotWork: {
        en: 'Bandwidth costs and maintenance depended on the provider; when the original arrangement ended, many centres stopped working. Course timetables did not suit all time zones.',
      },
      lessons: {
        en: 'Plan the hand-over of running costs from the start and build on partners’ own networks. A later web-based follow-up programme took these lessons on board.',
      },
      periodStart: 2009,
      periodEnd: 2017,
      sectors: ['11420', '12181', '22040'],
      sdgTargets: ['4.3', '3.c', '17.8'],
      modality: 'regional',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills', 'enhanced_connectivity'],
      assessmentDimensions: ['financing', 'information_systems'],
      contact: contact('Rohan Desai (demo)'),
      links: [{ url: 'https://www.mea.gov.in', title: 'Ministry of External Affairs of India' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'in-dea',
    authorEmail: 'in.coordinator@demo.kxhub.org',
    state: 'draft',
    content: {
      title: { en: 'Solar grandmothers: training rural women from Africa as solar engineers' },
      summary: {
        en: 'Women from villages in Africa, many of them unable to read, spent six months at a rural college in Rajasthan learning to assemble, install and repair solar lighting, then electrified their own villages. (Demo)',
      },
      challenge: {
        en: 'Remote villages had no grid electricity and depended on kerosene; engineers trained in cities did not stay in the villages.',
      },
      approach: {
        en: 'ITEC funded travel and training; the college taught by demonstration and colour codes rather than text. Partner governments and NGOs supplied the equipment and village energy committees.',
      },
      instruments: ['training_programme'],
      activityTypes: ['experiential'],
      deliveryMode: 'face_to_face',
      durationMonths: 6,
      participants: [
        org('in-dea', 'funder'),
        party('IN', { en: 'Rural college in Rajasthan' }, 'provider'),
        party('SL', { en: 'Villages in Sierra Leone' }, 'recipient'),
        party('TZ', { en: 'Villages in Tanzania' }, 'recipient'),
      ],
      periodStart: 2012,
      periodEnd: 2016,
      sectors: ['23231', '23181'],
      sdgTargets: ['7.1', '5.5'],
      modality: 'bilateral',
      knowledgeModes: ['transfer'],
      contact: contact('Priya Raman (demo)'),
      languages: langs('en'),
    },
  },
];
