import { contact, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// World Bank Institute: the 2011 video dialogue of the seed document, Chile Solidario in the
// Caribbean, Rwanda's home-grown solutions, bus rapid transit and a systematisation guide.

export const WBI_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'wbi',
    authorEmail: 'broker@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-07-02',
    content: {
      title: {
        en: 'Video dialogue on capacity development for South-South knowledge exchange (June 2011)',
        es: 'Diálogo por videoconferencia sobre el desarrollo de capacidades para el intercambio de conocimiento Sur-Sur (junio de 2011)',
        fr: 'Dialogue par visioconférence sur le renforcement des capacités pour l’échange de connaissances Sud-Sud (juin 2011)',
      },
      summary: {
        en: 'On 28–29 June 2011 the World Bank Institute connected 25 people in seven sites — China, India, Indonesia, Mexico and Singapore, with JICA and the Task Team on South-South Cooperation — for a three-hour exchange on how countries organise themselves for South-South knowledge exchange. Each country presented its institutional set-up and challenges; the group then discussed coordination, brokering and the support countries want from international organisations. The dialogue started a series and this hub. (Demo)',
        es: 'El 28 y 29 de junio de 2011, el Instituto del Banco Mundial conectó a 25 personas en siete sedes —China, India, Indonesia, México y Singapur, con JICA y el Equipo de Tareas sobre Cooperación Sur-Sur— para un intercambio de tres horas sobre cómo se organizan los países para el intercambio de conocimiento Sur-Sur. Cada país presentó su arreglo institucional y sus desafíos; luego se debatió la coordinación, la intermediación y el apoyo que esperan de los organismos internacionales. El diálogo inició una serie y este hub. (Demo)',
        fr: 'Les 28 et 29 juin 2011, l’Institut de la Banque mondiale a relié 25 personnes sur sept sites — Chine, Inde, Indonésie, Mexique et Singapour, avec la JICA et l’Équipe spéciale sur la coopération Sud-Sud — pour un échange de trois heures sur la manière dont les pays s’organisent pour l’échange de connaissances Sud-Sud. Chaque pays a présenté son dispositif institutionnel et ses défis ; le groupe a ensuite discuté de coordination, d’intermédiation et du soutien attendu des organisations internationales. Ce dialogue a lancé une série et ce hub. (Demo)',
      },
      challenge: {
        en: 'Countries increasingly wanted to learn how others in the South solved shared problems, but few had a strategy or institutional set-up for knowledge exchange. Knowledge exchange was seen as abstract, fragmented across ministries, poorly financed and rarely evaluated.',
      },
      approach: {
        en: 'A structured video conference through the Global Development Learning Network: short country presentations by the agencies in charge, clarifying questions, a summary by two commentators, then three topical blocks — open exchange, coordination and brokering roles, and support needed from international organisations. WBI wrote up the key ideas and shared them with participants.',
      },
      instruments: ['conference', 'multistakeholder_dialogue'],
      activityTypes: ['presentation', 'discussion'],
      deliveryMode: 'virtual',
      durationMonths: 1,
      participants: [
        org('wbi', 'facilitator'),
        org('cn-mof', 'provider'),
        org('in-dea', 'provider'),
        org('id-bappenas', 'provider'),
        org('mx-dgctc', 'provider'),
        org('sg-sce', 'provider'),
        org('jica', 'facilitator'),
        org('tt-ssc', 'facilitator'),
        party('CO', { en: 'Colombian observers (Bogotá venue)' }, 'recipient'),
      ],
      results: {
        en: 'The countries agreed there is no single way to organise knowledge exchange, that coordination and financing are shared challenges and that key experiences must be identified and systematised to be shared. WBI set aside resources for further dialogues in the following fiscal year. Follow-up figures in this record are illustrative.',
      },
      didNotWork: {
        en: 'Three hours across time zones from late evening in the Americas to morning in Asia left little time for the topical discussion, and the concept of knowledge exchange remained abstract for some participants.',
      },
      lessons: {
        en: 'Structured dialogues among peers work when each presentation covers obstacles, not only achievements. A permanent space — and a shared way to document experiences — is needed to go further than one event.',
      },
      periodStart: 2011,
      periodEnd: 2011,
      sectors: ['15123', '99820'],
      sdgTargets: ['17.9', '17.6', '17.16'],
      modality: 'regional',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'enhanced_connectivity', 'improved_consensus'],
      assessmentDimensions: [
        'ke_strategy',
        'coordination_mechanism',
        'financing',
        'private_sector',
        'international_partnerships',
        'systematisation',
      ],
      contact: contact('Amara Okafor (demo)', 'amara.okafor@example.org'),
      links: [{ url: 'https://www.worldbank.org', title: 'World Bank' }],
      languages: langs('en', { es: 'machine', fr: 'machine' }),
    },
  },
  {
    orgKey: 'wbi',
    authorEmail: 'wbi.editor@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-05-06',
    content: {
      title: {
        es: 'Puente al Caribe: la experiencia de Chile Solidario adaptada por países caribeños',
        en: 'A bridge to the Caribbean: Chile Solidario’s experience adapted by Caribbean countries',
      },
      summary: {
        es: 'Chile compartió con países del Caribe anglófono su estrategia de acompañamiento psicosocial a familias en extrema pobreza, en la que un apoyo familiar visita a cada hogar durante dos años y lo conecta con los servicios públicos. Con la facilitación de un organismo regional, equipos de Jamaica, Trinidad y Tobago, Barbados y Santa Lucía se formaron en Chile y adaptaron el modelo a sus propias redes de protección social. (Demo)',
        en: 'Chile shared with English-speaking Caribbean countries its strategy of psychosocial support for families in extreme poverty, in which a family counsellor visits each household for two years and links it with public services. Facilitated by a regional organisation, teams from Jamaica, Trinidad and Tobago, Barbados and Saint Lucia trained in Chile and adapted the model to their own social safety nets. (Demo)',
      },
      challenge: {
        es: 'Los programas sociales caribeños llegaban de forma fragmentada a los hogares más pobres, que a menudo no conocían ni usaban los servicios a los que tenían derecho.',
      },
      approach: {
        es: 'Pasantías de equipos caribeños en municipios chilenos, formación de formadores en la metodología de acompañamiento familiar, asesoría remota en la adaptación de manuales e instrumentos y encuentros regionales anuales para comparar avances.',
      },
      instruments: ['training_programme', 'study_tour', 'community_of_practice'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 48,
      participants: [
        org('cl-agci', 'provider'),
        party('CL', { es: 'Ministerio de Desarrollo Social y Familia de Chile' }, 'provider'),
        party('JM', { es: 'Jamaica' }, 'recipient'),
        party('TT', { es: 'Trinidad y Tobago' }, 'recipient'),
        party('BB', { es: 'Barbados' }, 'recipient'),
        party('LC', { es: 'Santa Lucía' }, 'recipient'),
        party(null, { es: 'Organización de los Estados Americanos' }, 'facilitator'),
        org('wbi', 'facilitator'),
      ],
      results: {
        es: 'Cifras ilustrativas para la demo: cuatro países pusieron en marcha programas piloto de acompañamiento familiar; en los pilotos, la mayoría de las familias quedó inscrita en al menos un servicio nuevo al cabo del primer año.',
      },
      didNotWork: {
        es: 'Los manuales chilenos suponían una red municipal de servicios que en algunas islas no existía; el número de familias por apoyo familiar tuvo que reducirse.',
      },
      lessons: {
        es: 'El acompañamiento familiar es transferible si se adapta a la oferta de servicios local; la formación de formadores y el intercambio entre pares del Caribe fueron más útiles que las visitas a Chile.',
      },
      periodStart: 2007,
      periodEnd: 2011,
      sectors: ['16010', '16015'],
      sdgTargets: ['1.3', '1.2', '17.9'],
      modality: 'triangular',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['new_actions', 'enhanced_skills'],
      assessmentDimensions: ['international_partnerships', 'systematisation'],
      contact: contact('Lucía Herrera (demo)'),
      links: [
        { url: 'https://www.agci.cl', title: 'AGCID Chile' },
        { url: 'https://www.oas.org', title: 'Organización de los Estados Americanos' },
      ],
      languages: langs('es', { en: 'reviewed' }),
    },
  },
  {
    orgKey: 'wbi',
    authorEmail: 'broker@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-10-14',
    content: {
      title: { en: 'Home-grown solutions: learning visits to Rwanda on community-based health insurance' },
      summary: {
        en: 'Delegations from South Sudan, Liberia and other countries visited Rwanda to see how community-based health insurance, organised with local leaders and linked to household categories, reached most of the population. Rwanda Cooperation organised the visits and a broker connected the delegations with follow-up support at home. The story sets out what visitors adapted and why some features of Rwanda’s home-grown solutions did not travel. (Demo)',
      },
      challenge: {
        en: 'Visiting countries had high out-of-pocket health spending and no way to pool risk for rural households outside formal employment.',
      },
      approach: {
        en: 'Week-long learning visits with sessions at the health ministry, district offices, health centres and community meetings; a structured debrief for each delegation to draft next steps; and video follow-ups with Rwandan counterparts.',
      },
      instruments: ['study_tour', 'expert_visit'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 24,
      participants: [
        org('rw-rci', 'provider'),
        party('RW', { en: 'Rwanda ministry of health' }, 'provider'),
        party('SS', { en: 'South Sudan ministry of health' }, 'recipient'),
        party('LR', { en: 'Liberia ministry of health' }, 'recipient'),
        org('wbi', 'facilitator'),
      ],
      results: {
        en: 'Illustrative for the demo: two delegations drafted community health financing pilots; one country created a health financing unit after the visit.',
      },
      didNotWork: {
        en: 'The strong local administration that enforces enrolment in Rwanda could not be reproduced quickly; short visits underplayed the years of preparation behind the scheme.',
      },
      lessons: {
        en: 'Explain the history and the institutions behind a home-grown solution, not just its current form; pair visits with support at home.',
      },
      periodStart: 2018,
      periodEnd: 2020,
      sectors: ['12110', '16012'],
      sdgTargets: ['3.8', '1.3'],
      modality: 'triangular',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'new_actions'],
      assessmentDimensions: ['focal_point', 'international_partnerships'],
      contact: contact('Jean-Paul Habimana (demo)'),
      links: [{ url: 'https://www.worldbank.org', title: 'World Bank' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'wbi',
    authorEmail: 'broker@demo.kxhub.org',
    state: 'stale',
    verifiedOn: '2024-11-12',
    content: {
      title: {
        en: 'Designing a development partnership agency: South Africa learns from Brazil, India and Mexico',
      },
      summary: {
        en: 'When South Africa decided to replace its African Renaissance Fund with a development partnership agency, officials asked how other dual-role countries had organised their own agencies. A brokered series of video dialogues and one study visit compared the legal basis, governance, budgeting and staffing of the Brazilian, Indian and Mexican set-ups. The story records the questions South Africa brought, the options it weighed and why the new agency took longer than planned. (Demo)',
      },
      challenge: {
        en: 'South Africa’s cooperation ran through a fund managed by the foreign ministry and through many line departments, without a single picture of what was spent or achieved. A new agency needed a legal mandate, a relationship with the treasury and staff with development expertise.',
      },
      approach: {
        en: 'Four video dialogues, each on one question (mandate, funding, coordination with line ministries, information systems), with short written notes from each peer agency; a study visit to two of them; and a closing session to review South Africa’s draft options paper.',
      },
      instruments: ['multistakeholder_dialogue', 'study_tour', 'conference'],
      activityTypes: ['discussion', 'analytical'],
      deliveryMode: 'blended',
      durationMonths: 14,
      participants: [
        org('za-dirco', 'recipient'),
        org('br-abc', 'provider'),
        org('in-dea', 'provider'),
        org('mx-dgctc', 'provider'),
        org('wbi', 'facilitator'),
      ],
      results: {
        en: 'Illustrative for the demo: the options paper adopted a phased design — agency within the foreign ministry first, separate legal entity later — and a reporting template based on the Mexican registry.',
      },
      didNotWork: {
        en: 'The dialogues could not resolve the political questions (relation to the treasury, who approves projects), which delayed the agency for years.',
      },
      lessons: {
        en: 'Peers help most on design options and pitfalls; the political settlement must be made at home. Ask each peer for what they would do differently, not only for their organigram.',
      },
      periodStart: 2011,
      periodEnd: 2012,
      sectors: ['15123', '15121'],
      sdgTargets: ['17.9', '16.6'],
      modality: 'regional',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'improved_consensus'],
      assessmentDimensions: ['legal_framework', 'coordination_mechanism', 'financing', 'information_systems'],
      contact: contact('Thabo Nkosi (demo)'),
      links: [{ url: 'https://www.dirco.gov.za', title: 'DIRCO' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'wbi',
    authorEmail: 'wbi.editor@demo.kxhub.org',
    state: 'in_review',
    content: {
      title: {
        en: 'Bus rapid transit: Latin American cities share planning and operations with African cities',
      },
      summary: {
        en: 'Transport agencies from Bogotá and Mexico City hosted officials from Lagos, Dar es Salaam and Johannesburg to share how they planned, financed and operated bus rapid transit, including negotiations with existing bus operators. A series of video dialogues followed the visits during design and construction. (Demo)',
      },
      challenge: {
        en: 'Fast-growing African cities suffered from congestion and unsafe informal minibuses; BRT plans faced resistance from incumbent operators and financing gaps.',
      },
      approach: {
        en: 'Study tours to control centres, depots and stations; sessions with operators who had moved from informal routes into BRT companies; and quarterly video dialogues during design.',
      },
      instruments: ['study_tour', 'conference', 'community_of_practice'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 36,
      participants: [
        org('wbi', 'facilitator'),
        party('CO', { en: 'Bogotá transport agency' }, 'provider'),
        party('MX', { en: 'Mexico City transport agency' }, 'provider'),
        party('NG', { en: 'Lagos transport authority' }, 'recipient'),
        party('TZ', { en: 'Dar es Salaam rapid transit agency' }, 'recipient'),
        party('ZA', { en: 'City of Johannesburg' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative for the demo: the three cities opened BRT lines in the following years; two brought incumbent operators into the new operating companies.',
      },
      didNotWork: {
        en: 'Fare collection systems copied from Latin America were costly to maintain; delays in construction outlasted the dialogue series.',
      },
      lessons: {
        en: 'Negotiation with incumbent operators is the most transferable lesson and the hardest; keep the peer link through construction, not only design.',
      },
      periodStart: 2008,
      periodEnd: 2011,
      sectors: ['21012', '43030'],
      sdgTargets: ['11.2', '9.1'],
      modality: 'triangular',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'enhanced_connectivity'],
      assessmentDimensions: ['private_sector', 'international_partnerships'],
      contact: contact('Lucía Herrera (demo)'),
      links: [{ url: 'https://www.worldbank.org', title: 'World Bank' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'wbi',
    authorEmail: 'wbi.editor@demo.kxhub.org',
    state: 'draft',
    content: {
      title: { en: 'A how-to guide for systematising experiences before sharing them' },
      summary: {
        en: 'Outline: a short guide that helps agencies pick, document and review experiences for knowledge exchange, tested with three agencies of the 2011 dialogue. (Demo)',
      },
      instruments: ['community_of_practice'],
      activityTypes: ['analytical'],
      knowledgeModes: ['sharing'],
      assessmentDimensions: ['systematisation', 'ke_strategy'],
      languages: langs('en'),
    },
  },
];
