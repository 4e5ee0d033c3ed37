import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// JICA triangular cooperation: Chile–Japan KIZUNA, Indonesia–Japan maternal and child health,
// Morocco–Japan third-country training, and the archived Nacala corridor research project.

export const JICA_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'jica',
    authorEmail: 'jica.member@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-12-09',
    content: {
      title: {
        en: 'KIZUNA: Chile and Japan train disaster risk reduction specialists for Latin America and the Caribbean',
        es: 'KIZUNA: Chile y Japón forman especialistas en reducción del riesgo de desastres para América Latina y el Caribe',
      },
      summary: {
        en: 'Building on decades of cooperation on earthquakes and tsunamis, Chile and Japan set up a triangular programme to train professionals from Latin America and the Caribbean in disaster risk reduction, from seismic engineering and early warning to community preparedness. Chilean universities and agencies delivered courses with Japanese experts, and alumni formed a regional network. (Demo)',
        es: 'A partir de décadas de cooperación en terremotos y tsunamis, Chile y Japón crearon un programa triangular para formar a profesionales de América Latina y el Caribe en reducción del riesgo de desastres, desde la ingeniería sísmica y la alerta temprana hasta la preparación comunitaria. Universidades y servicios chilenos impartieron los cursos con expertos japoneses, y los egresados formaron una red regional. (Demo)',
      },
      challenge: {
        en: 'Countries in the region face earthquakes, tsunamis, floods and hurricanes, but lacked specialists and training adapted to their conditions and languages.',
      },
      approach: {
        en: 'Diploma and short courses in Chile taught in Spanish, with Japanese and Chilean lecturers; field exercises; scholarships for master’s degrees; and an alumni network that meets virtually and supports national training in turn.',
      },
      instruments: ['training_programme', 'community_of_practice', 'expert_visit'],
      activityTypes: ['presentation', 'experiential'],
      deliveryMode: 'blended',
      durationMonths: 60,
      participants: [
        org('cl-agci', 'provider'),
        org('jica', 'funder'),
        party('CL', { en: 'Chilean universities and emergency agency' }, 'provider'),
        party('PE', { en: 'Peru' }, 'recipient'),
        party('EC', { en: 'Ecuador' }, 'recipient'),
        party('DO', { en: 'Dominican Republic' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative for the demo: thousands of professionals trained across the region; several alumni now lead national early warning or building code units and teach courses at home.',
      },
      didNotWork: {
        en: 'Caribbean participants needed English-language courses that came late; some institutions did not release staff for long courses.',
      },
      lessons: {
        en: 'Triangular cooperation works when the Southern partner leads delivery in the region’s language and the funder supports long-term capacity. Alumni networks multiply the effect.',
      },
      costs: cost(
        1_000_000_000,
        'JPY',
        { en: 'Japan and Chile, with partner institutions covering salaries' },
        { en: 'Illustrative figure for the demo.' },
      ),
      periodStart: 2015,
      periodEnd: 2020,
      sectors: ['43060', '74020'],
      sdgTargets: ['11.b', '13.1', '17.9'],
      modality: 'triangular',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['enhanced_skills', 'enhanced_connectivity'],
      assessmentDimensions: ['international_partnerships', 'financing'],
      contact: contact('Kenji Watanabe (demo)'),
      links: [
        { url: 'https://www.jica.go.jp', title: 'JICA' },
        { url: 'https://www.agci.cl', title: 'AGCID Chile' },
      ],
      languages: langs('en', { es: 'reviewed' }),
    },
  },
  {
    orgKey: 'jica',
    authorEmail: 'jica.member@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-04-14',
    content: {
      title: { en: 'The maternal and child health handbook: Indonesia and Japan share a home-based record' },
      summary: {
        en: 'Indonesia adapted Japan’s maternal and child health handbook and made it national; Indonesia and Japan then offered third-country training so that other countries could design their own handbooks. Health officials from Asia, Africa and the Middle East saw how midwives, village posts and families use the booklet, and went home with adaptation plans. (Demo)',
      },
      challenge: {
        en: 'In partner countries, records of pregnancy, delivery and child growth were scattered across facilities, and mothers had little information to take home.',
      },
      approach: {
        en: 'Annual third-country courses in Indonesia with field visits to health centres and village posts, technical advice on printing and distribution, and follow-up meetings at international conferences on the handbook.',
      },
      instruments: ['training_programme', 'study_tour', 'conference'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 84,
      participants: [
        org('jica', 'funder'),
        org('id-bappenas', 'provider'),
        party('ID', { en: 'Ministry of Health of Indonesia' }, 'provider'),
        party('PS', { en: 'Palestinian ministry of health' }, 'recipient'),
        party('KE', { en: 'Kenyan ministry of health' }, 'recipient'),
        party('TL', { en: 'Timor-Leste ministry of health' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative for the demo: several countries introduced a national handbook after the training; surveys in pilot areas showed more antenatal visits recorded.',
      },
      didNotWork: {
        en: 'Printing costs fell on ministries after the project and stock-outs followed in some districts.',
      },
      lessons: {
        en: 'Budget for printing in the national health budget from the start; the handbook works when it is part of the health information system, not an extra form.',
      },
      periodStart: 2008,
      periodEnd: 2015,
      sectors: ['12220', '13020'],
      sdgTargets: ['3.1', '3.2'],
      modality: 'triangular',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['new_actions', 'enhanced_skills'],
      assessmentDimensions: ['international_partnerships', 'information_systems'],
      contact: contact('Yamamoto Aiko (demo)'),
      links: [{ url: 'https://www.jica.go.jp', title: 'JICA' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'jica',
    authorEmail: 'jica.member@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-08-05',
    content: {
      title: {
        fr: 'Formation de sages-femmes pour l’Afrique francophone : la coopération triangulaire Maroc–Japon',
        en: 'Training midwives for French-speaking Africa: Morocco–Japan triangular cooperation',
      },
      summary: {
        fr: 'Avec l’appui du Japon, le Maroc accueille depuis plusieurs années des sages-femmes et des formateurs d’Afrique francophone pour des formations pratiques en santé maternelle et néonatale. Les stagiaires observent les soins dans des maternités marocaines, travaillent sur des cas cliniques et préparent un plan de formation pour leur pays. (Demo)',
        en: 'With support from Japan, Morocco has for several years hosted midwives and trainers from French-speaking Africa for practical training in maternal and newborn health. Trainees observe care in Moroccan maternity units, work on clinical cases and prepare a training plan for their country. (Demo)',
      },
      challenge: {
        fr: 'Dans les pays partenaires, la mortalité maternelle restait élevée et les sages-femmes manquaient de formation pratique aux urgences obstétricales ; les formations disponibles étaient souvent en anglais.',
      },
      approach: {
        fr: 'Formations de plusieurs semaines en français dans des instituts de formation aux carrières de santé et des maternités marocaines, simulations d’urgences obstétricales, formation de formateurs et suivi des plans de formation à distance.',
      },
      instruments: ['training_programme', 'study_tour'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 60,
      participants: [
        org('jica', 'funder'),
        org('ma-amci', 'provider'),
        party('MA', { fr: 'Ministère de la Santé du Maroc' }, 'provider'),
        party('SN', { fr: 'Sénégal' }, 'recipient'),
        party('BJ', { fr: 'Bénin' }, 'recipient'),
        party('CD', { fr: 'République démocratique du Congo' }, 'recipient'),
      ],
      results: {
        fr: 'Chiffres illustratifs : plusieurs centaines de sages-femmes et formateurs formés ; des modules d’urgences obstétricales intégrés aux écoles de sages-femmes de deux pays partenaires.',
      },
      didNotWork: {
        fr: 'Les équipements utilisés au Maroc n’étaient pas toujours disponibles dans les pays partenaires, ce qui limitait l’application de certains gestes.',
      },
      lessons: {
        fr: 'La langue commune et des contextes proches rendent la coopération triangulaire efficace ; adapter les exercices au matériel disponible chez les partenaires.',
      },
      periodStart: 2010,
      periodEnd: 2015,
      sectors: ['12281', '13020'],
      sdgTargets: ['3.1', '3.c'],
      modality: 'triangular',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills'],
      assessmentDimensions: ['international_partnerships', 'political_commitment'],
      contact: contact('Suzuki Takeshi (demo)'),
      links: [
        { url: 'https://www.jica.go.jp', title: 'JICA' },
        { url: 'https://www.amci.ma', title: 'AMCI' },
      ],
      languages: langs('fr', { en: 'reviewed' }),
    },
  },
  {
    orgKey: 'jica',
    authorEmail: 'jica.member@demo.kxhub.org',
    state: 'archived',
    verifiedOn: '2022-09-30',
    content: {
      title: { en: 'Triangular agricultural research for the Nacala corridor (Japan–Brazil–Mozambique)' },
      summary: {
        en: 'Japan, Brazil and Mozambique worked to strengthen Mozambique’s agricultural research in the Nacala corridor, drawing on the transformation of Brazil’s tropical savannah. Archived: the wider programme was halted after civil society raised concerns about land rights and consultation; this record is kept for its lessons. (Demo)',
      },
      challenge: {
        en: 'Low agricultural productivity in northern Mozambique and limited research capacity for tropical savannah soils.',
      },
      approach: {
        en: 'Joint research on soils and varieties with Mozambique’s agricultural research institute and Brazilian researchers, and training of Mozambican scientists.',
      },
      instruments: ['expert_visit', 'training_programme'],
      activityTypes: ['analytical'],
      deliveryMode: 'face_to_face',
      durationMonths: 60,
      participants: [
        org('jica', 'funder'),
        org('br-abc', 'provider'),
        party('MZ', { en: 'Mozambique agricultural research institute' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative: new variety trials and trained researchers; the broader development plan did not proceed.',
      },
      didNotWork: {
        en: 'Farmers’ organisations and civil society were consulted late; the programme was seen as favouring large investors.',
      },
      lessons: {
        en: 'Consult farmers and civil society from the design stage and be clear about land rights before presenting a model from another country.',
      },
      periodStart: 2011,
      periodEnd: 2016,
      sectors: ['31182', '31130'],
      sdgTargets: ['2.3', '2.4'],
      modality: 'triangular',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills'],
      assessmentDimensions: ['international_partnerships'],
      contact: contact('Sato Haruka (demo)'),
      links: [{ url: 'https://www.jica.go.jp', title: 'JICA' }],
      languages: langs('en'),
    },
  },
];
