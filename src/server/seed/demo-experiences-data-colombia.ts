import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// Colombia (APC-Colombia): Saber Hacer Colombia, the Caribbean strategy, reintegration and
// peace-building exchanges. Figures are illustrative, not official data.

export const COLOMBIA_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'co-apc',
    authorEmail: 'co.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-04-22',
    content: {
      title: {
        es: 'Saber Hacer Colombia: sistematizar experiencias nacionales para ofrecerlas en cooperación Sur-Sur',
        en: 'Saber Hacer Colombia: systematising national experiences to offer them through South-South cooperation',
      },
      summary: {
        es: 'APC-Colombia identificó y documentó experiencias colombianas exitosas —de seguridad ciudadana, atención a víctimas, gestión del riesgo o emprendimiento— para convertirlas en una oferta de cooperación Sur-Sur que otros países pudieran consultar y solicitar. El relato explica el método de selección, la ficha de sistematización y cómo la oferta se conectó con las demandas de los socios. (Demo)',
        en: 'APC-Colombia identified and documented successful Colombian experiences — citizen security, assistance to victims, disaster risk management, entrepreneurship — and turned them into a South-South cooperation offer that other countries could browse and request. The story explains the selection method, the systematisation template and how the offer was matched with partners’ demands. (Demo)',
      },
      challenge: {
        es: 'La cooperación que ofrecía Colombia dependía de contactos personales y de las instituciones más visibles. Muchas buenas prácticas locales no estaban documentadas y los socios no sabían qué podía ofrecer el país.',
      },
      approach: {
        es: 'Se definieron criterios de selección (resultados comprobables, institución dispuesta a compartir, posibilidad de adaptación), se acompañó a cada institución en una ficha común de sistematización y se publicó un portafolio por temas. Las experiencias se presentaron en ferias de conocimiento y en comisiones mixtas con países de América Latina, el Caribe, África y Asia.',
      },
      instruments: ['knowledge_fair', 'training_programme', 'expert_visit'],
      activityTypes: ['analytical', 'presentation'],
      deliveryMode: 'blended',
      durationMonths: 48,
      participants: [
        org('co-apc', 'provider'),
        party('CO', { es: 'Instituciones nacionales y territoriales de Colombia' }, 'provider'),
        party('HN', { es: 'Socios de Centroamérica' }, 'recipient'),
        party('KE', { es: 'Socios de África oriental' }, 'recipient'),
      ],
      results: {
        es: 'Datos ilustrativos: el portafolio reunió unas cincuenta experiencias; la mayoría de las nuevas solicitudes de cooperación citaron una ficha concreta y las comisiones mixtas se prepararon en menos tiempo. Varias instituciones locales participaron por primera vez como oferentes.',
      },
      didNotWork: {
        es: 'Algunas fichas quedaron como material promocional, sin información sobre costos ni dificultades, y los socios pidieron más detalle sobre lo que no había funcionado.',
      },
      lessons: {
        es: 'Sistematizar exige tiempo de las instituciones y un formato que pida también los fracasos. El portafolio debe actualizarse y retirar experiencias que ya no tienen equipo para compartirlas.',
      },
      periodStart: 2013,
      periodEnd: 2017,
      sectors: ['15123', '15110'],
      sdgTargets: ['17.9', '17.16'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'enhanced_connectivity'],
      assessmentDimensions: ['systematisation', 'information_systems', 'ke_strategy'],
      contact: contact('Catalina Restrepo (demo)'),
      links: [{ url: 'https://www.apccolombia.gov.co', title: 'APC-Colombia' }],
      languages: langs('es', { en: 'machine' }),
    },
  },
  {
    orgKey: 'co-apc',
    authorEmail: 'co.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-11-03',
    content: {
      title: {
        es: 'Estrategia de Cooperación con la Cuenca del Caribe: bilingüismo, formación técnica y seguridad alimentaria',
      },
      summary: {
        es: 'Colombia diseñó una estrategia regional para acercarse a los países de la Cuenca del Caribe con una oferta concentrada en pocos temas: enseñanza del español, formación técnica, seguridad alimentaria, gestión del riesgo y cultura. Este relato describe cómo se pasó de actividades aisladas a un programa con calendario común, sedes regionales y seguimiento conjunto con los socios caribeños. (Demo)',
      },
      challenge: {
        es: 'Las relaciones de Colombia con el Caribe anglófono eran limitadas y la cooperación consistía en acciones puntuales, difíciles de sostener y de evaluar. Los socios pedían una oferta estable y acorde con sus prioridades.',
      },
      approach: {
        es: 'Se consultó a los socios sobre sus prioridades, se definieron cinco ejes y se organizaron cursos regionales en Colombia y en el Caribe, becas de idioma, pasantías técnicas y misiones de expertos. Una mesa de seguimiento anual con los socios revisa la programación.',
      },
      instruments: ['training_programme', 'expert_visit', 'secondment'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 60,
      participants: [
        org('co-apc', 'provider'),
        party('JM', { es: 'Jamaica', en: 'Jamaica' }, 'recipient'),
        party('TT', { es: 'Trinidad y Tobago', en: 'Trinidad and Tobago' }, 'recipient'),
        party('HT', { es: 'Haití', en: 'Haiti' }, 'recipient'),
        party(null, { es: 'Organización regional del Caribe' }, 'facilitator'),
      ],
      results: {
        es: 'Cifras ilustrativas: más de mil funcionarios y docentes caribeños participaron en cursos; varias escuelas técnicas adoptaron módulos de formación colombianos y la mesa anual se convirtió en el espacio de planificación conjunta.',
      },
      didNotWork: {
        es: 'Los cursos en español excluían a quienes no dominaban el idioma; la traducción al inglés llegó tarde. Algunas pasantías no tuvieron seguimiento al regreso.',
      },
      lessons: {
        es: 'Concentrarse en pocos ejes y planificar con los socios da continuidad. El idioma de trabajo debe acordarse desde el diseño.',
      },
      costs: cost(
        3_500_000,
        'USD',
        { es: 'Colombia, con aportes en especie de los países socios' },
        { es: 'Monto ilustrativo para la demo.' },
      ),
      periodStart: 2010,
      periodEnd: 2015,
      sectors: ['11330', '43071', '43060'],
      sdgTargets: ['4.4', '2.1', '17.9'],
      modality: 'regional',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['enhanced_skills', 'enhanced_connectivity'],
      assessmentDimensions: ['ke_strategy', 'international_partnerships', 'political_commitment'],
      contact: contact('Juliana Ospina (demo)'),
      links: [{ url: 'https://www.apccolombia.gov.co', title: 'APC-Colombia' }],
      languages: langs('es'),
    },
  },
  {
    orgKey: 'co-apc',
    authorEmail: 'co.coordinator@demo.kxhub.org',
    state: 'in_review',
    content: {
      title: {
        es: 'Reintegración de excombatientes: intercambio de la experiencia colombiana con países en posconflicto',
      },
      summary: {
        es: 'La agencia colombiana de reintegración recibió delegaciones de países en transición y envió equipos a compartir su modelo de acompañamiento psicosocial, formación para el trabajo y corresponsabilidad de las comunidades receptoras. El relato muestra qué elementos se adaptaron, cuáles no tenían sentido fuera de Colombia y cómo se mantuvo el diálogo entre pares. (Demo)',
      },
      challenge: {
        es: 'Varios países que salían de conflictos armados buscaban programas de reintegración que fueran más allá del desarme, con empleo y acompañamiento de largo plazo. Pocos habían visto modelos de reintegración comunitaria en funcionamiento.',
      },
      approach: {
        es: 'Visitas de estudio a centros de servicio y proyectos productivos, intercambio de protocolos de acompañamiento, talleres con equipos psicosociales y misiones cortas de expertos colombianos a los países socios, con el apoyo de organismos internacionales.',
      },
      instruments: ['study_tour', 'expert_visit', 'multistakeholder_dialogue'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'face_to_face',
      durationMonths: 36,
      participants: [
        org('co-apc', 'provider'),
        party('CO', { es: 'Agencia colombiana para la reintegración' }, 'provider'),
        party('CI', { es: 'Autoridad de desarme y reintegración de Côte d’Ivoire' }, 'recipient'),
        party('GT', { es: 'Comisión de paz de Guatemala' }, 'recipient'),
        party(null, { es: 'Organización Internacional para las Migraciones' }, 'facilitator'),
      ],
      results: {
        es: 'Datos ilustrativos: dos países incorporaron el enfoque de corresponsabilidad comunitaria en sus manuales y formaron equipos psicosociales con la metodología colombiana; uno creó un registro único de participantes.',
      },
      didNotWork: {
        es: 'El modelo de beneficios económicos individuales no era aplicable donde la reintegración es colectiva; se perdió tiempo explicándolo en detalle.',
      },
      lessons: {
        es: 'Compartir los principios y los errores, no un paquete; la escucha a las comunidades receptoras es más transferible que los incentivos económicos.',
      },
      periodStart: 2012,
      periodEnd: 2015,
      sectors: ['15240', '15220'],
      sdgTargets: ['16.1', '16.7'],
      modality: 'triangular',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'improved_consensus'],
      assessmentDimensions: ['systematisation', 'international_partnerships'],
      contact: contact('Felipe Cárdenas (demo)'),
      links: [{ url: 'https://www.apccolombia.gov.co', title: 'APC-Colombia' }],
      languages: langs('es'),
    },
  },
  {
    orgKey: 'co-apc',
    authorEmail: 'co.coordinator@demo.kxhub.org',
    state: 'draft',
    content: {
      title: { en: 'Peace negotiators in dialogue: Colombia and the Philippines' },
      summary: {
        en: 'Draft. Members of negotiating teams and peace secretariats from Colombia and the Philippines met to compare how their peace processes handled transitional justice, territorial autonomy and the participation of victims. (Demo)',
      },
      challenge: {
        en: 'Both countries were negotiating with armed groups at the same time and faced similar questions on sequencing and public support.',
      },
      instruments: ['multistakeholder_dialogue', 'study_tour'],
      deliveryMode: 'face_to_face',
      participants: [
        org('co-apc', 'provider'),
        party('PH', { en: 'Philippine peace secretariat' }, 'recipient'),
      ],
      periodStart: 2014,
      sectors: ['15220'],
      sdgTargets: ['16.1'],
      modality: 'bilateral',
      contact: contact('Andrés Gómez (demo)'),
      languages: langs('en'),
    },
  },
];
