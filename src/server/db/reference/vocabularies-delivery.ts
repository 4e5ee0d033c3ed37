// Seed values for how an exchange is delivered: instruments, activity types and delivery modes
// of the World Bank Institute's "Art of Knowledge Exchange" method.
import type { VocabularySeedItem } from './vocabulary-types.js';

export const INSTRUMENT: VocabularySeedItem[] = [
  {
    code: 'conference',
    label: { en: 'Conference', es: 'Conferencia', fr: 'Conférence', pt: 'Conferência' },
    definition: {
      en: 'A formal meeting of many participants to present and discuss experiences on a theme; useful to raise awareness, spread knowledge widely and build networks.',
      es: 'Reunión formal de numerosos participantes para presentar y debatir experiencias sobre un tema; útil para sensibilizar, difundir conocimientos ampliamente y crear redes.',
      fr: 'Réunion formelle de nombreux participants pour présenter et débattre d’expériences sur un thème ; utile pour sensibiliser, diffuser largement les connaissances et créer des réseaux.',
    },
  },
  {
    code: 'knowledge_fair',
    label: {
      en: 'Knowledge fair',
      es: 'Feria de conocimientos',
      fr: 'Foire aux connaissances',
      pt: 'Feira de conhecimento',
    },
    definition: {
      en: 'An event where many providers showcase their experiences and solutions side by side, so that participants can browse, compare and find partners.',
      es: 'Evento en el que numerosos oferentes exponen sus experiencias y soluciones unos junto a otros, para que los participantes puedan recorrerlas, compararlas y encontrar socios.',
      fr: 'Événement où de nombreux fournisseurs présentent côte à côte leurs expériences et leurs solutions, afin que les participants puissent les parcourir, les comparer et trouver des partenaires.',
    },
  },
  {
    code: 'expert_visit',
    label: {
      en: 'Expert visit',
      es: 'Visita de expertos',
      fr: 'Mission d’experts',
      pt: 'Visita de especialistas',
    },
    definition: {
      en: 'Practitioners from the provider travel to the recipient to assess a situation, advise on solutions or help put them in place in the local context.',
      es: 'Profesionales del país oferente se desplazan al país receptor para analizar una situación, asesorar sobre soluciones o ayudar a aplicarlas en el contexto local.',
      fr: 'Des praticiens du pays fournisseur se rendent dans le pays bénéficiaire pour analyser une situation, conseiller sur des solutions ou aider à les mettre en place dans le contexte local.',
    },
  },
  {
    code: 'study_tour',
    label: { en: 'Study tour', es: 'Visita de estudio', fr: 'Voyage d’études', pt: 'Visita de estudo' },
    definition: {
      en: 'A delegation from the recipient visits one or more sites in the provider country to see a solution at work and talk with the people who implemented it.',
      es: 'Una delegación del país receptor visita uno o varios lugares del país oferente para ver una solución en funcionamiento y conversar con quienes la aplicaron.',
      fr: 'Une délégation du pays bénéficiaire visite un ou plusieurs sites du pays fournisseur pour voir une solution à l’œuvre et échanger avec ceux qui l’ont mise en œuvre.',
    },
  },
  {
    code: 'competition',
    label: {
      en: 'Competition / challenge',
      es: 'Concurso / desafío',
      fr: 'Concours / défi',
      pt: 'Concurso / desafio',
    },
    definition: {
      en: 'An open call inviting individuals or organisations to propose solutions to a defined problem; the best are recognised, funded or scaled up.',
      es: 'Convocatoria abierta que invita a personas u organizaciones a proponer soluciones a un problema definido; las mejores se reconocen, financian o amplían.',
      fr: 'Appel ouvert invitant des personnes ou des organisations à proposer des solutions à un problème défini ; les meilleures sont récompensées, financées ou étendues.',
    },
  },
  {
    code: 'multistakeholder_dialogue',
    label: {
      en: 'Multi-stakeholder dialogue',
      es: 'Diálogo multiactor',
      fr: 'Dialogue multipartite',
      pt: 'Diálogo multissetorial',
    },
    definition: {
      en: 'A structured discussion, in person or by video conference across several sites, that brings together government, private, civil-society and international actors to share views and build consensus on a common issue.',
      es: 'Debate estructurado, presencial o por videoconferencia entre varias sedes, que reúne a actores gubernamentales, privados, de la sociedad civil e internacionales para compartir puntos de vista y construir consensos sobre un tema común.',
      fr: 'Discussion structurée, en présentiel ou par visioconférence entre plusieurs sites, qui réunit des acteurs publics, privés, de la société civile et internationaux pour confronter leurs points de vue et dégager un consensus sur une question commune.',
    },
  },
  {
    code: 'twinning',
    label: { en: 'Twinning', es: 'Hermanamiento', fr: 'Jumelage', pt: 'Geminação' },
    definition: {
      en: 'A long-term partnership between two peer institutions doing similar work, whose staff learn from each other through repeated exchanges.',
      es: 'Asociación a largo plazo entre dos instituciones homólogas que realizan un trabajo similar, cuyo personal aprende mutuamente mediante intercambios repetidos.',
      fr: 'Partenariat de longue durée entre deux institutions homologues exerçant des missions similaires, dont les personnels apprennent les uns des autres au fil d’échanges répétés.',
    },
  },
  {
    code: 'secondment',
    label: { en: 'Secondment', es: 'Adscripción temporal', fr: 'Détachement', pt: 'Cessão temporária' },
    definition: {
      en: 'A staff member is placed in a partner institution for a set period to work alongside its staff and pass on or acquire know-how on the job.',
      es: 'Un funcionario se incorpora a una institución socia durante un período determinado para trabajar junto a su personal y transmitir o adquirir conocimientos prácticos en el puesto.',
      fr: 'Un agent est affecté dans une institution partenaire pour une durée déterminée afin de travailler aux côtés de son personnel et de transmettre ou d’acquérir un savoir-faire en situation de travail.',
    },
  },
  {
    code: 'community_of_practice',
    label: {
      en: 'Community of practice',
      es: 'Comunidad de práctica',
      fr: 'Communauté de pratique',
      pt: 'Comunidade de prática',
    },
    definition: {
      en: 'A lasting group of practitioners who share a concern or field of work and regularly exchange experiences, questions and solutions, often online.',
      es: 'Grupo estable de profesionales que comparten una preocupación o un ámbito de trabajo e intercambian regularmente experiencias, preguntas y soluciones, a menudo en línea.',
      fr: 'Groupe durable de praticiens partageant une préoccupation ou un domaine de travail, qui échangent régulièrement expériences, questions et solutions, souvent en ligne.',
    },
  },
  {
    code: 'training_programme',
    label: {
      en: 'Training programme',
      es: 'Programa de capacitación',
      fr: 'Programme de formation',
      pt: 'Programa de capacitação',
    },
    definition: {
      en: 'A structured course with set learning objectives and curriculum, often offered by a provider as a package; the most common form of knowledge transfer.',
      es: 'Curso estructurado con objetivos de aprendizaje y plan de estudios definidos, a menudo ofrecido por un oferente como paquete; es la forma más común de transferencia de conocimientos.',
      fr: 'Cours structuré doté d’objectifs pédagogiques et d’un programme définis, souvent proposé clés en main par un fournisseur ; c’est la forme la plus courante de transfert de connaissances.',
    },
  },
];

export const ACTIVITY_TYPE: VocabularySeedItem[] = [
  {
    code: 'presentation',
    label: { en: 'Presentation', es: 'Presentación', fr: 'Présentation', pt: 'Apresentação' },
    definition: {
      en: 'Activities that deliver knowledge to participants, such as a lecture, a panel, a demonstration or the presentation of a case study.',
      es: 'Actividades que transmiten conocimientos a los participantes, como una ponencia, un panel, una demostración o la presentación de un estudio de caso.',
      fr: 'Activités qui transmettent des connaissances aux participants, comme un exposé, une table ronde, une démonstration ou la présentation d’une étude de cas.',
    },
  },
  {
    code: 'discussion',
    label: { en: 'Discussion', es: 'Debate', fr: 'Discussion', pt: 'Discussão' },
    definition: {
      en: 'Activities in which participants exchange views and build on each other’s ideas, such as a moderated dialogue, a brainstorming session or a world café.',
      es: 'Actividades en las que los participantes intercambian opiniones y desarrollan las ideas de los demás, como un diálogo moderado, una lluvia de ideas o un world café.',
      fr: 'Activités dans lesquelles les participants échangent leurs points de vue et s’appuient sur les idées des autres, comme un dialogue animé, un remue-méninges ou un world café.',
    },
  },
  {
    code: 'experiential',
    label: { en: 'Experiential', es: 'Experiencial', fr: 'Expérientielle', pt: 'Vivencial' },
    definition: {
      en: 'Activities in which participants learn by doing or by seeing, such as site visits, simulations, role plays or hands-on practice.',
      es: 'Actividades en las que los participantes aprenden haciendo u observando, como visitas de campo, simulaciones, juegos de rol o prácticas.',
      fr: 'Activités dans lesquelles les participants apprennent en faisant ou en observant, comme des visites de terrain, des simulations, des jeux de rôle ou des exercices pratiques.',
    },
  },
  {
    code: 'analytical',
    label: { en: 'Analytical', es: 'Analítica', fr: 'Analytique', pt: 'Analítica' },
    definition: {
      en: 'Activities in which participants examine their own situation with structured tools, such as a self-assessment, a SWOT analysis or an action-planning exercise.',
      es: 'Actividades en las que los participantes examinan su propia situación con herramientas estructuradas, como una autoevaluación, un análisis FODA o un ejercicio de planificación de acciones.',
      fr: 'Activités dans lesquelles les participants examinent leur propre situation à l’aide d’outils structurés, comme une autoévaluation, une analyse SWOT ou un exercice de planification d’actions.',
    },
  },
];

export const DELIVERY_MODE: VocabularySeedItem[] = [
  {
    code: 'face_to_face',
    label: { en: 'Face-to-face', es: 'Presencial', fr: 'En présentiel', pt: 'Presencial' },
    definition: {
      en: 'Participants meet in the same place, for example during a study tour, an expert visit or a workshop.',
      es: 'Los participantes se reúnen en un mismo lugar, por ejemplo durante una visita de estudio, una visita de expertos o un taller.',
      fr: 'Les participants se réunissent au même endroit, par exemple lors d’un voyage d’études, d’une mission d’experts ou d’un atelier.',
    },
  },
  {
    code: 'virtual',
    label: { en: 'Virtual', es: 'Virtual', fr: 'À distance', pt: 'Virtual' },
    definition: {
      en: 'Participants take part remotely, by video conference, webinar, online course or discussion forum, which saves travel costs and lets several countries join at once.',
      es: 'Los participantes intervienen a distancia, por videoconferencia, seminario web, curso en línea o foro de debate, lo que ahorra costos de viaje y permite que varios países participen a la vez.',
      fr: 'Les participants interviennent à distance, par visioconférence, webinaire, cours en ligne ou forum de discussion, ce qui évite des frais de déplacement et permet à plusieurs pays de participer en même temps.',
    },
  },
  {
    code: 'blended',
    label: { en: 'Blended', es: 'Mixta', fr: 'Hybride', pt: 'Híbrida' },
    definition: {
      en: 'A combination of face-to-face and virtual activities, for example online preparation before a study tour and video-conference follow-up after it.',
      es: 'Combinación de actividades presenciales y virtuales, por ejemplo una preparación en línea antes de una visita de estudio y un seguimiento por videoconferencia después.',
      fr: 'Combinaison d’activités en présentiel et à distance, par exemple une préparation en ligne avant un voyage d’études et un suivi par visioconférence ensuite.',
    },
  },
];
