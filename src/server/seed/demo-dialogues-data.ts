import { JUNE_2011_ACTIONS, JUNE_2011_KEY, secondDialogue } from './demo-dialogues-followup.js';
import { JUNE_2011_TOPICS } from './demo-dialogues-ideas.js';
import type { DemoDialogue, DemoSegment, DemoSeries, DemoSite } from './demo-dialogues-types.js';

/**
 * The demo dialogues: the seed document's "Video Conference Dialogue on Capacity Development for
 * SSKE", sponsored by the World Bank Institute on 28/29 June 2011 (25 people, seven sites, three
 * hours), and the second dialogue of its series. Sites, venues and local starting times, the
 * agenda's order and speakers, the highlights and key ideas come from the source; it gives no
 * segment lengths (ours fill the three hours) and no head count per site (left unknown).
 */

/** The venues of the source's annex, in its order; the Washington start, 23:00 EDT, is 03:00 UTC. */
const JUNE_2011_SITES: DemoSite[] = [
  {
    city: 'Washington',
    countryCode: 'US',
    timeZone: 'America/New_York',
    org: 'wbi',
    venue: 'GDLN Studio 2',
    connection: 'Global Development Learning Network (GDLN)',
    attendees: null,
  },
  {
    city: 'Mexico City',
    countryCode: 'MX',
    timeZone: 'America/Mexico_City',
    org: 'mx-sre',
    venue: 'Ministry of Foreign Affairs',
    attendees: null,
  },
  ...(
    [
      ['Bogotá', 'CO', 'America/Bogota', 'Colombia'],
      ['Jakarta', 'ID', 'Asia/Jakarta', 'Indonesia'],
      ['New Delhi', 'IN', 'Asia/Kolkata', 'India'],
      ['Singapore', 'SG', 'Asia/Singapore', 'Singapore'],
      ['Beijing', 'CN', 'Asia/Shanghai', 'China'],
    ] as const
  ).map(([city, countryCode, timeZone, country]) => ({
    city,
    countryCode,
    timeZone,
    org: 'wb',
    venue: `${country} World Bank Office`,
    connection: 'World Bank video conference',
    attendees: null,
  })),
];

const WBI = 'WBI';

/** A country's presentation by its institution, then the clarifying questions that followed it. */
const presentation = (
  site: string,
  countryCode: string,
  speaker: string,
  country: { en: string; es: string; fr: string },
): DemoSegment[] => [
  {
    kind: 'presentation',
    minutes: 10,
    site,
    countryCode,
    speaker,
    title: {
      en: `Country presentation: ${country.en}`,
      es: `Presentación de país: ${country.es}`,
      fr: `Présentation pays : ${country.fr}`,
    },
  },
  {
    kind: 'qa',
    minutes: 5,
    site,
    countryCode,
    moderator: WBI,
    title: {
      en: `Clarifying questions and answers: ${country.en}`,
      es: `Preguntas y respuestas aclaratorias: ${country.es}`,
      fr: `Questions-réponses de clarification : ${country.fr}`,
    },
  },
];

/** The annex's agenda: introduction, five country presentations, commentary, three topics, next steps. */
const JUNE_2011_AGENDA: DemoSegment[] = [
  {
    kind: 'welcome',
    minutes: 5,
    site: 'Washington',
    speaker: WBI,
    title: {
      en: 'Brief introduction: objectives and guidelines',
      es: 'Breve introducción: objetivos y pautas',
      fr: 'Brève introduction : objectifs et consignes',
    },
  },
  {
    kind: 'welcome',
    minutes: 10,
    moderator: WBI,
    title: {
      en: 'Round of presentations of the participants',
      es: 'Ronda de presentación de los participantes',
      fr: 'Tour de table des participants',
    },
  },
  ...presentation(
    'Mexico City',
    'MX',
    'Directorate General for Technical and Scientific Cooperation, Ministry of Foreign Affairs',
    { en: 'Mexico', es: 'México', fr: 'Mexique' },
  ),
  ...presentation('Beijing', 'CN', 'Technical Assistance Division, Ministry of Finance', {
    en: 'China',
    es: 'China',
    fr: 'Chine',
  }),
  ...presentation(
    'Jakarta',
    'ID',
    'Directorate for Multilateral Foreign Funding, Ministry of National Planning',
    {
      en: 'Indonesia',
      es: 'Indonesia',
      fr: 'Indonésie',
    },
  ),
  ...presentation(
    'Singapore',
    'SG',
    'International Partnerships Division, Singapore Cooperation Enterprise',
    {
      en: 'Singapore',
      es: 'Singapur',
      fr: 'Singapour',
    },
  ),
  ...presentation(
    'New Delhi',
    'IN',
    'Multilateral Institutions Division, Department of Economic Affairs, Ministry of Finance',
    { en: 'India', es: 'India', fr: 'Inde' },
  ),
  {
    kind: 'summary',
    minutes: 10,
    speaker: 'Technical Secretary, Task Team on SSC, and External Consultant, WBI',
    title: {
      en: 'Summary of key points by the commentators',
      es: 'Resumen de los puntos clave por los comentaristas',
      fr: 'Synthèse des points clés par les commentateurs',
    },
  },
  {
    kind: 'discussion',
    minutes: 25,
    moderator: WBI,
    title: {
      en: 'Topic 1. Open exchange between participating countries',
      es: 'Tema 1. Intercambio abierto entre los países participantes',
      fr: 'Thème 1. Échange ouvert entre les pays participants',
    },
  },
  {
    kind: 'discussion',
    minutes: 25,
    moderator: WBI,
    title: {
      en: 'Topic 2. Coordination and brokering roles',
      es: 'Tema 2. Funciones de coordinación e intermediación',
      fr: 'Thème 2. Rôles de coordination et d’intermédiation',
    },
  },
  {
    kind: 'discussion',
    minutes: 20,
    moderator: WBI,
    title: {
      en: 'Topic 3. Support needed by international organizations to strengthen capacities for SSKE',
      es: 'Tema 3. Apoyo necesario de los organismos internacionales para fortalecer las capacidades de intercambio de conocimientos Sur-Sur',
      fr: 'Thème 3. Appui attendu des organisations internationales pour renforcer les capacités d’échange de connaissances Sud-Sud',
    },
  },
  {
    kind: 'next_steps',
    minutes: 10,
    speaker: WBI,
    title: { en: 'Next steps', es: 'Próximos pasos', fr: 'Prochaines étapes' },
  },
];

/** Highlights: who took part, then the source's "Overall highlights", one per line. */
const lines = (...l: string[]) => l.join('\n');

const JUNE_2011: DemoDialogue = {
  key: JUNE_2011_KEY,
  title: {
    en: 'Video conference dialogue on capacity development for South-South knowledge exchange',
    es: 'Diálogo por videoconferencia sobre desarrollo de capacidades para el intercambio de conocimientos Sur-Sur',
    fr: 'Dialogue par visioconférence sur le renforcement des capacités pour l’échange de connaissances Sud-Sud',
  },
  objectives: {
    en: 'Knowledge exchange on the “how to” of South-South knowledge exchange. First, brief presentations of each country’s SSKE: its institutional development, the obstacles it has faced in its organisational progress and its main capacity-development challenges for the medium to long term, each followed by clarifying questions. Then three blocks of discussion on cross-cutting issues, the role of coordination and possible needs for external support.',
    es: 'Intercambio de conocimientos sobre el “cómo” del intercambio de conocimientos Sur-Sur. Primero, breves presentaciones del intercambio de conocimientos Sur-Sur de cada país: su desarrollo institucional, los obstáculos encontrados en su avance organizativo y sus principales retos de desarrollo de capacidades a medio y largo plazo, cada una seguida de preguntas aclaratorias. Después, tres bloques de debate sobre temas transversales, el papel de la coordinación y las posibles necesidades de apoyo externo.',
    fr: 'Un échange de connaissances sur la manière de conduire l’échange de connaissances Sud-Sud. D’abord, de brèves présentations de l’échange de connaissances Sud-Sud de chaque pays : son développement institutionnel, les obstacles rencontrés dans sa structuration et ses principaux défis de renforcement des capacités à moyen et long terme, chacune suivie de questions de clarification. Ensuite, trois séquences de discussion sur les questions transversales, le rôle de la coordination et les besoins éventuels d’appui extérieur.',
  },
  format: 'video',
  durationMinutes: 180,
  status: 'summarised',
  startsAt: '2011-06-29T03:00:00Z',
  highlights: {
    en: lines(
      'An intense three-hour exchange on South-South knowledge exchange (SSKE) connected 25 people at seven sites: representatives of China, India, Indonesia, Mexico and Singapore, with the World Bank Group, the Task Team on South-South Cooperation and JICA.',
      '- A variety of institutional development experiences reflects different contexts and influences.',
      '- There is a broad institutional development agenda related to SSKE that is not well known.',
      '- In most countries it is necessary to improve information about knowledge exchange (KE) in order to increase support.',
      '- For all countries coordination is an important challenge, with various ways to deal with it.',
      '- Most of the countries face financial constraints; there is no single way to deal with this.',
      '- There are different paths for institutional development; there is no single way to organize SSKE.',
    ),
    es: lines(
      'Un intenso intercambio de tres horas sobre el intercambio de conocimientos Sur-Sur reunió a 25 personas en siete sedes: representantes de China, la India, Indonesia, México y Singapur, con el Grupo Banco Mundial, el Equipo de Tareas sobre Cooperación Sur-Sur y JICA.',
      '- La variedad de experiencias de desarrollo institucional refleja contextos e influencias diferentes.',
      '- Existe una amplia agenda de desarrollo institucional relacionada con el intercambio de conocimientos Sur-Sur que es poco conocida.',
      '- En la mayoría de los países es necesario mejorar la información sobre el intercambio de conocimientos para aumentar el apoyo que recibe.',
      '- Para todos los países la coordinación es un reto importante, que se aborda de diversas maneras.',
      '- La mayoría de los países enfrenta limitaciones financieras; no hay una única forma de abordarlas.',
      '- Hay distintos caminos de desarrollo institucional; no existe una única forma de organizar el intercambio de conocimientos Sur-Sur.',
    ),
    fr: lines(
      'Un échange intense de trois heures sur l’échange de connaissances Sud-Sud a réuni 25 personnes sur sept sites : des représentants de la Chine, de l’Inde, de l’Indonésie, du Mexique et de Singapour, avec le Groupe de la Banque mondiale, l’Équipe spéciale sur la coopération Sud-Sud et la JICA.',
      '- La diversité des expériences de développement institutionnel reflète des contextes et des influences différents.',
      '- Il existe un vaste programme de développement institutionnel lié à l’échange de connaissances Sud-Sud, encore mal connu.',
      '- Dans la plupart des pays, il faut améliorer l’information sur l’échange de connaissances pour renforcer le soutien dont il bénéficie.',
      '- Pour tous les pays, la coordination est un défi important, abordé de diverses manières.',
      '- La plupart des pays font face à des contraintes financières ; il n’y a pas de solution unique.',
      '- Les voies du développement institutionnel sont multiples ; il n’existe pas de façon unique d’organiser l’échange de connaissances Sud-Sud.',
    ),
  },
  sites: JUNE_2011_SITES,
  agenda: JUNE_2011_AGENDA,
  topics: JUNE_2011_TOPICS,
  actions: JUNE_2011_ACTIONS,
};

/** The series the dialogue opened, convened by the World Bank Institute. */
export const DEMO_DIALOGUE_SERIES: DemoSeries = {
  convener: 'wbi',
  title: {
    en: 'Capacity development for South-South knowledge exchange',
    es: 'Desarrollo de capacidades para el intercambio de conocimientos Sur-Sur',
    fr: 'Renforcement des capacités pour l’échange de connaissances Sud-Sud',
  },
  goal: {
    en: 'Facilitate exchange between countries interested in developing or strengthening their institutional arrangements for South-South cooperation, through structured dialogues over the Global Development Learning Network (GDLN) or the World Bank’s video conference facilities: a permanent space where partner countries share how to better organise South-South knowledge exchange.',
    es: 'Facilitar el intercambio entre países interesados en crear o fortalecer sus arreglos institucionales de cooperación Sur-Sur, mediante diálogos estructurados a través de la Red Global de Aprendizaje para el Desarrollo (GDLN) o de las instalaciones de videoconferencia del Banco Mundial: un espacio permanente donde los países socios compartan cómo organizar mejor el intercambio de conocimientos Sur-Sur.',
    fr: 'Faciliter les échanges entre pays souhaitant mettre en place ou renforcer leurs dispositifs institutionnels de coopération Sud-Sud, par des dialogues structurés via le Réseau mondial d’apprentissage pour le développement (GDLN) ou les installations de visioconférence de la Banque mondiale : un espace permanent où les pays partenaires partagent leur savoir-faire pour mieux organiser l’échange de connaissances Sud-Sud.',
  },
  dialogues: [JUNE_2011, secondDialogue(JUNE_2011_SITES)],
};
