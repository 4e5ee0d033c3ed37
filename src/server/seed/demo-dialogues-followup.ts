import type { DemoAction, DemoDialogue, DemoSite } from './demo-dialogues-types.js';

/**
 * After the June 2011 dialogue: its follow-up actions and "what's next" items, and the second
 * dialogue of the series. The source says the summary was prepared by a WBI consultant with
 * input from WBI and the Mexican foreign ministry, that WBI set aside resources for several
 * dialogues in FY 2012 (July 2011–June 2012) and would explore other ways forward with partners,
 * and that the key ideas map the issues later dialogues could take up. Due and done dates, and
 * the second dialogue's agenda, are the demo's own (the source gives none); two actions are
 * left open so the actions list has something to track.
 */

export const JUNE_2011_KEY = 'june-2011';
export const SECOND_DIALOGUE_KEY = 'coordination-2011';

export const JUNE_2011_ACTIONS: DemoAction[] = [
  {
    kind: 'action',
    text: {
      en: 'Prepare the summary and key ideas of the dialogue, with input from WBI and the participating countries',
      es: 'Preparar el resumen y las ideas clave del diálogo, con aportes del WBI y de los países participantes',
      fr: 'Rédiger la synthèse et les idées clés du dialogue, avec les contributions du WBI et des pays participants',
    },
    ownerName: 'Christian Freres',
    ownerOrg: 'wbi',
    dueOn: '2011-07-29',
    doneAt: '2011-07-27T15:00:00Z',
  },
  {
    kind: 'action',
    text: {
      en: 'Comment on the draft summary',
      es: 'Comentar el borrador del resumen',
      fr: 'Commenter le projet de synthèse',
    },
    ownerOrg: 'mx-sre',
    dueOn: '2011-07-22',
    doneAt: '2011-07-21T17:30:00Z',
  },
  {
    kind: 'action',
    text: {
      en: 'Set aside resources for several dialogues of the series in FY 2012 (July 2011–June 2012)',
      es: 'Reservar recursos para varios diálogos de la serie en el ejercicio 2012 (julio de 2011 a junio de 2012)',
      fr: 'Réserver des ressources pour plusieurs dialogues de la série sur l’exercice 2012 (juillet 2011–juin 2012)',
    },
    ownerName: 'Han Fraeters',
    ownerOrg: 'wbi',
    dueOn: '2011-07-31',
    doneAt: '2011-07-15T14:00:00Z',
  },
  {
    kind: 'action',
    text: {
      en: 'Agree the date, sites and agenda of the second dialogue with the participating countries',
      es: 'Acordar con los países participantes la fecha, las sedes y la agenda del segundo diálogo',
      fr: 'Convenir avec les pays participants de la date, des sites et de l’ordre du jour du deuxième dialogue',
    },
    ownerOrg: 'wbi',
    dueOn: '2011-09-30',
  },
  {
    kind: 'action',
    text: {
      en: 'Explore with partners other ways to take this agenda forward',
      es: 'Explorar con los socios otras formas de hacer avanzar esta agenda',
      fr: 'Étudier avec les partenaires d’autres moyens de faire avancer ce programme',
    },
    ownerName: 'Han Fraeters',
    ownerOrg: 'wbi',
    dueOn: '2012-06-30',
  },
  {
    kind: 'next',
    text: {
      en: 'A second dialogue on coordination and brokering roles, among the dialogues WBI will organise in FY 2012',
      es: 'Un segundo diálogo sobre las funciones de coordinación e intermediación, entre los diálogos que el WBI organizará en el ejercicio 2012',
      fr: 'Un deuxième dialogue sur les rôles de coordination et d’intermédiation, parmi les dialogues que le WBI organisera sur l’exercice 2012',
    },
    ownerOrg: 'wbi',
    nextDialogue: SECOND_DIALOGUE_KEY,
  },
  {
    kind: 'next',
    text: {
      en: 'A permanent space where partner countries come together to share their knowledge and experience of how to better organise SSKE',
      es: 'Un espacio permanente donde los países socios compartan sus conocimientos y experiencias sobre cómo organizar mejor el intercambio de conocimientos Sur-Sur',
      fr: 'Un espace permanent où les pays partenaires partagent leurs connaissances et leur expérience sur la meilleure façon d’organiser l’échange de connaissances Sud-Sud',
    },
    ownerOrg: 'wbi',
  },
  {
    kind: 'next',
    text: {
      en: 'Later dialogues on the other issues mapped here: financing knowledge sharing, the private sector’s role, and evaluating knowledge-based modalities',
      es: 'Diálogos posteriores sobre los demás temas identificados: el financiamiento del intercambio de conocimientos, el papel del sector privado y la evaluación de las modalidades basadas en el conocimiento',
      fr: 'Des dialogues ultérieurs sur les autres questions recensées : le financement du partage de connaissances, le rôle du secteur privé et l’évaluation des modalités fondées sur le savoir',
    },
  },
];

/** The second dialogue, grown from the first "what's next" item: still being planned, same sites. */
export const secondDialogue = (sites: DemoSite[]): DemoDialogue => ({
  key: SECOND_DIALOGUE_KEY,
  follows: JUNE_2011_KEY,
  title: {
    en: 'Second dialogue: coordination and brokering roles in South-South knowledge exchange',
    es: 'Segundo diálogo: funciones de coordinación e intermediación en el intercambio de conocimientos Sur-Sur',
    fr: 'Deuxième dialogue : rôles de coordination et d’intermédiation dans l’échange de connaissances Sud-Sud',
  },
  objectives: {
    en: 'Building on the key ideas of the June 2011 dialogue: how countries coordinate the many ministries and institutions that carry out South-South cooperation (national coordination mechanisms, a focal point for public-sector expertise, simple formal and informal modes), and how international organisations can broker and support exchanges between countries working on similar programmes.',
    es: 'A partir de las ideas clave del diálogo de junio de 2011: cómo coordinan los países a los numerosos ministerios e instituciones que realizan cooperación Sur-Sur (mecanismos nacionales de coordinación, un punto focal de la experiencia del sector público, modos formales e informales sencillos) y cómo los organismos internacionales pueden intermediar y apoyar los intercambios entre países que trabajan en programas similares.',
    fr: 'Dans le prolongement des idées clés du dialogue de juin 2011 : comment les pays coordonnent les nombreux ministères et institutions qui mènent la coopération Sud-Sud (mécanismes nationaux de coordination, point focal de l’expertise du secteur public, modes formels et informels simples), et comment les organisations internationales peuvent servir d’intermédiaires et appuyer les échanges entre pays menant des programmes similaires.',
  },
  format: 'video',
  durationMinutes: 120,
  status: 'planning',
  startsAt: null,
  highlights: {},
  sites: sites.map((s) => ({ ...s, attendees: null })),
  agenda: [
    {
      kind: 'welcome',
      minutes: 10,
      site: 'Washington',
      speaker: 'WBI',
      title: {
        en: 'Welcome and the key ideas of June 2011',
        es: 'Bienvenida y las ideas clave de junio de 2011',
        fr: 'Accueil et idées clés de juin 2011',
      },
    },
    {
      kind: 'presentation',
      minutes: 25,
      title: {
        en: 'Country experiences: national coordination mechanisms and focal points',
        es: 'Experiencias de país: mecanismos nacionales de coordinación y puntos focales',
        fr: 'Expériences des pays : mécanismes nationaux de coordination et points focaux',
      },
    },
    {
      kind: 'qa',
      minutes: 10,
      title: { en: 'Questions and answers', es: 'Preguntas y respuestas', fr: 'Questions et réponses' },
    },
    {
      kind: 'discussion',
      minutes: 30,
      moderator: 'WBI',
      title: {
        en: 'Keeping coordination simple: formal and informal modes',
        es: 'Una coordinación sencilla: modos formales e informales',
        fr: 'Une coordination simple : modes formels et informels',
      },
    },
    {
      kind: 'discussion',
      minutes: 30,
      moderator: 'WBI',
      title: {
        en: 'Brokering: how international organisations can link countries working on similar programmes',
        es: 'Intermediación: cómo los organismos internacionales pueden vincular a países con programas similares',
        fr: 'Intermédiation : comment les organisations internationales peuvent relier des pays aux programmes similaires',
      },
    },
    {
      kind: 'next_steps',
      minutes: 15,
      title: { en: 'Next steps', es: 'Próximos pasos', fr: 'Prochaines étapes' },
    },
  ],
  topics: [],
  actions: [],
});
