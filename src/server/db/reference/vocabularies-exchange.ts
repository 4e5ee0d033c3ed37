// Seed values for planning and measuring an exchange, following the World Bank Institute's
// "Art of Knowledge Exchange" method and the Capacity Development Results Framework.
import type { VocabularySeedItem } from './vocabulary-types.js';

// Array order is the order of the method's steps; consumers rely on it.
export const LIFECYCLE_STAGE: VocabularySeedItem[] = [
  {
    code: 'anchor',
    label: { en: 'Anchor', es: 'Anclar', fr: 'Ancrer', pt: 'Ancorar' },
    definition: {
      en: 'Anchor the exchange in a development goal: identify the institutional challenge that stands in the way and the change objective the exchange should help achieve.',
      es: 'Anclar el intercambio en un objetivo de desarrollo: identificar el desafío institucional que lo obstaculiza y el objetivo de cambio que el intercambio debe ayudar a alcanzar.',
      fr: 'Ancrer l’échange dans un objectif de développement : identifier le défi institutionnel qui y fait obstacle et l’objectif de changement que l’échange doit aider à atteindre.',
    },
  },
  {
    code: 'define',
    label: { en: 'Define', es: 'Definir', fr: 'Définir', pt: 'Definir' },
    definition: {
      en: 'Select the participants and their roles (lead, influence, convene, act), the intermediate outcomes they should reach and the indicators that will show progress.',
      es: 'Seleccionar a los participantes y sus funciones (liderar, influir, convocar, actuar), los resultados intermedios que deben alcanzar y los indicadores que mostrarán el avance.',
      fr: 'Choisir les participants et leurs rôles (diriger, influencer, rassembler, agir), les résultats intermédiaires qu’ils doivent atteindre et les indicateurs qui montreront les progrès.',
    },
  },
  {
    code: 'design',
    label: {
      en: 'Design and develop',
      es: 'Diseñar y desarrollar',
      fr: 'Concevoir et élaborer',
      pt: 'Conceber e desenvolver',
    },
    definition: {
      en: 'Choose the instruments, activities and delivery mode, and set the schedule and budget of the exchange.',
      es: 'Elegir los instrumentos, las actividades y la modalidad de ejecución, y fijar el calendario y el presupuesto del intercambio.',
      fr: 'Choisir les instruments, les activités et le mode de réalisation, et arrêter le calendrier et le budget de l’échange.',
    },
  },
  {
    code: 'implement',
    label: { en: 'Implement', es: 'Implementar', fr: 'Mettre en œuvre', pt: 'Implementar' },
    definition: {
      en: 'Run the activities, check progress towards the intermediate outcomes, adapt the plan as needed and help participants draw up action plans.',
      es: 'Realizar las actividades, comprobar el avance hacia los resultados intermedios, adaptar el plan cuando sea necesario y ayudar a los participantes a elaborar planes de acción.',
      fr: 'Réaliser les activités, vérifier les progrès vers les résultats intermédiaires, adapter le plan au besoin et aider les participants à établir des plans d’action.',
    },
  },
  {
    code: 'measure',
    label: {
      en: 'Measure and report',
      es: 'Medir e informar',
      fr: 'Mesurer et rendre compte',
      pt: 'Medir e relatar',
    },
    definition: {
      en: 'Assess and report the results achieved, tell the story of the exchange and follow up on the actions participants committed to.',
      es: 'Evaluar y comunicar los resultados obtenidos, contar la historia del intercambio y dar seguimiento a las acciones con las que se comprometieron los participantes.',
      fr: 'Évaluer les résultats obtenus et en rendre compte, raconter l’histoire de l’échange et assurer le suivi des actions auxquelles les participants se sont engagés.',
    },
  },
];

export const PARTICIPANT_ROLE: VocabularySeedItem[] = [
  {
    code: 'lead',
    label: { en: 'Lead', es: 'Liderar', fr: 'Diriger', pt: 'Liderar' },
    definition: {
      en: 'Participants with the authority and commitment to champion the change and steer the reform in their institution.',
      es: 'Participantes con la autoridad y el compromiso necesarios para impulsar el cambio y conducir la reforma en su institución.',
      fr: 'Participants qui ont l’autorité et l’engagement nécessaires pour porter le changement et piloter la réforme dans leur institution.',
    },
  },
  {
    code: 'influence',
    label: { en: 'Influence', es: 'Influir', fr: 'Influencer', pt: 'Influenciar' },
    definition: {
      en: 'Participants who shape the opinions and decisions of others, such as senior officials, parliamentarians, the media or civil-society leaders, and can build support for the change.',
      es: 'Participantes que inciden en las opiniones y decisiones de otros, como altos funcionarios, parlamentarios, medios de comunicación o líderes de la sociedad civil, y pueden generar apoyo al cambio.',
      fr: 'Participants qui pèsent sur les opinions et les décisions d’autrui, comme les hauts fonctionnaires, les parlementaires, les médias ou les responsables de la société civile, et peuvent rallier des soutiens au changement.',
    },
  },
  {
    code: 'convene',
    label: { en: 'Convene', es: 'Convocar', fr: 'Rassembler', pt: 'Convocar' },
    definition: {
      en: 'Participants who can bring the relevant stakeholders together and keep them engaged, such as coordinating agencies, networks or facilitators.',
      es: 'Participantes capaces de reunir a los actores pertinentes y mantener su participación, como organismos coordinadores, redes o facilitadores.',
      fr: 'Participants capables de réunir les parties prenantes concernées et de maintenir leur engagement, comme les organismes de coordination, les réseaux ou les facilitateurs.',
    },
  },
  {
    code: 'act',
    label: { en: 'Act', es: 'Actuar', fr: 'Agir', pt: 'Agir' },
    definition: {
      en: 'Participants who will apply what they learn in their daily work, such as the technical staff and practitioners who put the change into practice.',
      es: 'Participantes que aplicarán lo aprendido en su trabajo diario, como el personal técnico y los profesionales que llevan el cambio a la práctica.',
      fr: 'Participants qui appliqueront ce qu’ils apprennent dans leur travail quotidien, comme le personnel technique et les praticiens qui mettent le changement en pratique.',
    },
  },
];

export const CHALLENGE_AREA: VocabularySeedItem[] = [
  {
    code: 'stakeholder_ownership',
    label: {
      en: 'Stakeholder ownership',
      es: 'Apropiación por los actores',
      fr: 'Appropriation par les parties prenantes',
      pt: 'Apropriação pelas partes interessadas',
    },
    definition: {
      en: 'The environment for change: how far leaders, stakeholders and the public share the goal, support it and hold those in charge accountable for reaching it.',
      es: 'El entorno para el cambio: en qué medida los líderes, los actores interesados y la ciudadanía comparten el objetivo, lo apoyan y piden cuentas a los responsables de alcanzarlo.',
      fr: 'L’environnement du changement : dans quelle mesure les dirigeants, les parties prenantes et le public partagent l’objectif, le soutiennent et demandent des comptes aux responsables de sa réalisation.',
    },
  },
  {
    code: 'policy_instruments',
    label: {
      en: 'Policy instruments',
      es: 'Instrumentos de política',
      fr: 'Instruments de politique',
      pt: 'Instrumentos de política',
    },
    definition: {
      en: 'The laws, regulations, standards and incentives that guide behaviour towards the goal, and how clear, consistent and enforceable they are.',
      es: 'Las leyes, reglamentos, normas e incentivos que orientan los comportamientos hacia el objetivo, y su grado de claridad, coherencia y aplicabilidad.',
      fr: 'Les lois, règlements, normes et incitations qui orientent les comportements vers l’objectif, ainsi que leur clarté, leur cohérence et leur applicabilité.',
    },
  },
  {
    code: 'organisational_arrangements',
    label: {
      en: 'Organisational arrangements',
      es: 'Arreglos organizativos',
      fr: 'Dispositifs organisationnels',
      pt: 'Arranjos organizacionais',
    },
    definition: {
      en: 'The systems, processes, resources and mandates of the organisations that must achieve the goal, and how effectively they work.',
      es: 'Los sistemas, procesos, recursos y mandatos de las organizaciones que deben alcanzar el objetivo, y la eficacia con que funcionan.',
      fr: 'Les systèmes, processus, ressources et mandats des organisations chargées d’atteindre l’objectif, et l’efficacité de leur fonctionnement.',
    },
  },
];

export const INTERMEDIATE_OUTCOME: VocabularySeedItem[] = [
  {
    code: 'new_knowledge',
    label: {
      en: 'New knowledge',
      es: 'Nuevos conocimientos',
      fr: 'Nouvelles connaissances',
      pt: 'Novos conhecimentos',
    },
    definition: {
      en: 'Participants gain an awareness or understanding of an issue, an approach or a solution that they did not have before.',
      es: 'Los participantes adquieren una conciencia o comprensión de un problema, un enfoque o una solución que antes no tenían.',
      fr: 'Les participants acquièrent une prise de conscience ou une compréhension d’un problème, d’une approche ou d’une solution qu’ils n’avaient pas auparavant.',
    },
  },
  {
    code: 'enhanced_skills',
    label: {
      en: 'Enhanced skills',
      es: 'Habilidades mejoradas',
      fr: 'Compétences renforcées',
      pt: 'Habilidades aprimoradas',
    },
    definition: {
      en: 'Participants become able to do something new or to do it better, applying techniques or methods learned in the exchange.',
      es: 'Los participantes son capaces de hacer algo nuevo o de hacerlo mejor, aplicando técnicas o métodos aprendidos en el intercambio.',
      fr: 'Les participants deviennent capables de faire quelque chose de nouveau ou de mieux le faire, en appliquant des techniques ou des méthodes apprises lors de l’échange.',
    },
  },
  {
    code: 'improved_consensus',
    label: {
      en: 'Improved consensus',
      es: 'Mayor consenso',
      fr: 'Consensus amélioré',
      pt: 'Maior consenso',
    },
    definition: {
      en: 'Stakeholders reach a shared understanding of, or agreement on, the problem and the way forward, and are better able to work together.',
      es: 'Los actores llegan a un entendimiento o acuerdo común sobre el problema y el camino a seguir, y están en mejores condiciones de trabajar juntos.',
      fr: 'Les parties prenantes parviennent à une compréhension ou à un accord commun sur le problème et la marche à suivre, et sont mieux à même de travailler ensemble.',
    },
  },
  {
    code: 'enhanced_connectivity',
    label: {
      en: 'Enhanced connectivity',
      es: 'Mayor conectividad',
      fr: 'Connectivité renforcée',
      pt: 'Maior conectividade',
    },
    definition: {
      en: 'Participants build or strengthen relationships, networks and coalitions with peers and partners that last beyond the exchange.',
      es: 'Los participantes crean o fortalecen relaciones, redes y coaliciones con pares y socios que perduran más allá del intercambio.',
      fr: 'Les participants créent ou renforcent avec leurs pairs et partenaires des relations, des réseaux et des coalitions qui perdurent au-delà de l’échange.',
    },
  },
  {
    code: 'new_actions',
    label: {
      en: 'New and improved actions',
      es: 'Acciones nuevas y mejoradas',
      fr: 'Actions nouvelles et améliorées',
      pt: 'Ações novas e aprimoradas',
    },
    definition: {
      en: 'Participants or their institutions start new initiatives or change how they work, for example by adopting a plan, policy or practice inspired by the exchange.',
      es: 'Los participantes o sus instituciones emprenden nuevas iniciativas o cambian su forma de trabajar, por ejemplo adoptando un plan, una política o una práctica inspirados en el intercambio.',
      fr: 'Les participants ou leurs institutions lancent de nouvelles initiatives ou modifient leurs façons de travailler, par exemple en adoptant un plan, une politique ou une pratique inspirés de l’échange.',
    },
  },
];
