import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// Mexico (DGCTC): conditional cash transfers, the Mexico–Chile fund, plant health, solid waste
// and the national cooperation system. Figures are illustrative, not official data.

export const MEXICO_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'mx-dgctc',
    authorEmail: 'mx.editor@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-02-11',
    content: {
      title: {
        es: 'Transferencias monetarias condicionadas: el modelo mexicano compartido con Centroamérica',
        en: 'Conditional cash transfers: sharing Mexico’s model with Central America',
      },
      summary: {
        es: 'Equipos del programa mexicano de transferencias condicionadas compartieron con ministerios de desarrollo social de Honduras, Guatemala, El Salvador y Panamá cómo focalizar hogares, verificar corresponsabilidades en salud y educación y evaluar el impacto. El intercambio combinó visitas de estudio, asesorías en los países y una comunidad de práctica regional con apoyo de bancos multilaterales. Cada país adaptó los instrumentos a sus padrones y presupuestos en lugar de copiar el diseño mexicano. (Demo)',
        en: 'Teams from Mexico’s conditional cash transfer programme shared with social development ministries in Honduras, Guatemala, El Salvador and Panama how to target households, verify health and education co-responsibilities and evaluate impact. The exchange combined study tours, in-country advice and a regional community of practice supported by multilateral banks. Each country adapted the tools to its own registries and budgets instead of copying the Mexican design. (Demo)',
      },
      challenge: {
        es: 'A mediados de los años 2000 varios países centroamericanos querían sustituir subsidios dispersos por programas de protección social focalizados. Tenían poca experiencia con padrones de beneficiarios, con la coordinación entre salud, educación y desarrollo social y con evaluaciones de impacto rigurosas.',
      },
      approach: {
        es: 'A petición de cada país, la DGCTC y la secretaría de desarrollo social organizaron un ciclo de intercambio: diagnóstico conjunto, visitas de estudio a oficinas estatales y clínicas rurales, estancias de técnicos mexicanos en los ministerios receptores y talleres regionales sobre evaluación. Los bancos multilaterales financiaron parte de los viajes y aportaron evaluadores.',
      },
      instruments: ['study_tour', 'expert_visit', 'community_of_practice', 'training_programme'],
      activityTypes: ['experiential', 'analytical', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 84,
      participants: [
        org('mx-dgctc', 'provider'),
        party(
          'HN',
          { es: 'Programa de transferencias de Honduras', en: 'Honduras cash transfer programme' },
          'recipient',
        ),
        party(
          'GT',
          { es: 'Ministerio de Desarrollo Social de Guatemala', en: 'Guatemala social development ministry' },
          'recipient',
        ),
        party(
          'SV',
          {
            es: 'Programa de protección social de El Salvador',
            en: 'El Salvador social protection programme',
          },
          'recipient',
        ),
        party(
          'PA',
          { es: 'Red de Oportunidades (Panamá)', en: 'Red de Oportunidades (Panama)' },
          'recipient',
        ),
        party(
          null,
          { es: 'Banco Interamericano de Desarrollo', en: 'Inter-American Development Bank' },
          'funder',
        ),
        org('wb', 'funder'),
      ],
      results: {
        es: 'Cifras ilustrativas de esta demo: cuatro países ajustaron sus reglas de operación tras el intercambio; dos crearon un padrón único de hogares y uno incluyó una evaluación con grupo de comparación desde el diseño. El equipo mexicano, a su vez, simplificó su propio proceso de verificación al conocer una solución más sencilla usada en Panamá.',
      },
      didNotWork: {
        es: 'Las visitas cortas generaron entusiasmo pero poca adopción donde no había presupuesto asegurado. Algunos manuales se entregaron sin adaptar al contexto rural centroamericano y hubo que reescribirlos.',
      },
      lessons: {
        es: 'Funciona mejor cuando el país receptor define la demanda y mantiene un equipo técnico estable; la visita de estudio debe ir acompañada de asesoría en el país y de un plan de evaluación. El modelo se adapta, no se copia: las corresponsabilidades deben corresponder a la oferta real de servicios de salud y educación.',
      },
      costs: cost(
        450_000,
        'USD',
        { es: 'México (personal técnico) y bancos multilaterales (viajes y evaluación)' },
        { es: 'Monto ilustrativo para la demo.' },
      ),
      periodStart: 2005,
      periodEnd: 2012,
      sectors: ['16010', '16011', '15127'],
      sdgTargets: ['1.3', '10.4', '17.9'],
      modality: 'triangular',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['new_knowledge', 'new_actions', 'enhanced_connectivity'],
      assessmentDimensions: ['systematisation', 'monitoring_evaluation', 'international_partnerships'],
      contact: contact('Laura Méndez (demo)'),
      links: [{ url: 'https://www.gob.mx/amexcid', title: 'AMEXCID' }],
      languages: langs('es', { en: 'reviewed' }),
    },
  },
  {
    orgKey: 'mx-dgctc',
    authorEmail: 'mx.coordinator@demo.kxhub.org',
    state: 'stale',
    verifiedOn: '2024-03-18',
    content: {
      title: { es: 'Fondo Conjunto de Cooperación México–Chile: proyectos bilaterales y triangulares' },
      summary: {
        es: 'México y Chile crearon un fondo común, con aportes iguales de ambos países, para financiar proyectos bilaterales y acciones triangulares en América Latina y el Caribe. Este relato describe cómo se decidió la cartera, cómo se repartieron las funciones entre las dos agencias y qué aprendieron sobre la gestión conjunta de proyectos con terceros países, por ejemplo en inocuidad alimentaria y gestión de emergencias. (Demo)',
      },
      challenge: {
        es: 'Ambos países ofrecían cooperación técnica por separado a los mismos socios, con procedimientos distintos y sin una bolsa de recursos estable. Los proyectos dependían de la disponibilidad anual de fondos y se perdían oportunidades de complementar capacidades.',
      },
      approach: {
        es: 'Un acuerdo de asociación estratégica estableció el fondo y un comité binacional que aprueba proyectos cada año. Las instituciones sectoriales presentan propuestas conjuntas; las agencias revisan su pertinencia, aseguran la contrapartida del país beneficiario y dan seguimiento semestral. Las acciones triangulares siguen el mismo ciclo con un tercer país como receptor.',
      },
      instruments: ['expert_visit', 'twinning', 'training_programme'],
      activityTypes: ['discussion', 'analytical'],
      deliveryMode: 'blended',
      durationMonths: 96,
      participants: [
        org('mx-dgctc', 'provider'),
        org('cl-agci', 'provider'),
        party('GT', { es: 'Instituciones sectoriales de Guatemala' }, 'recipient'),
        party('PY', { es: 'Instituciones sectoriales del Paraguay' }, 'recipient'),
      ],
      results: {
        es: 'Datos ilustrativos: en ocho años el comité aprobó unas cuarenta iniciativas; un tercio tuvo un componente triangular. Las instituciones sectoriales de ambos países crearon relaciones de trabajo que continuaron fuera del fondo, y el mecanismo sirvió de referencia para otros fondos conjuntos en la región.',
      },
      didNotWork: {
        es: 'El seguimiento se centró en actividades y gastos, no en resultados. Las convocatorias anuales favorecieron proyectos cortos y fragmentados.',
      },
      lessons: {
        es: 'Un fondo con aportes simétricos refuerza la horizontalidad. Conviene definir indicadores de resultado desde la aprobación y permitir proyectos plurianuales para temas complejos.',
      },
      costs: cost(
        2_000_000,
        'USD',
        { es: 'México y Chile, en partes iguales' },
        { es: 'Aporte anual ilustrativo; no es una cifra oficial.' },
      ),
      periodStart: 2007,
      periodEnd: 2015,
      sectors: ['15123', '43073'],
      sdgTargets: ['17.9', '17.3'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['enhanced_connectivity', 'new_actions'],
      assessmentDimensions: ['financing', 'coordination_mechanism', 'monitoring_evaluation'],
      contact: contact('Rodrigo Pizarro (demo)'),
      links: [
        { url: 'https://www.gob.mx/amexcid', title: 'AMEXCID' },
        { url: 'https://www.agci.cl', title: 'AGCID Chile' },
      ],
      languages: langs('es'),
    },
  },
  {
    orgKey: 'mx-dgctc',
    authorEmail: 'mx.editor@demo.kxhub.org',
    state: 'in_review',
    content: {
      title: {
        es: 'Manejo de la roya del cafeto: intercambio entre servicios de sanidad vegetal de Mesoamérica',
      },
      summary: {
        es: 'Tras el brote de roya del cafeto de 2012–2013, técnicos mexicanos de sanidad vegetal y sus pares de Centroamérica intercambiaron protocolos de vigilancia epidemiológica, modelos de alerta temprana y prácticas de renovación de cafetales. El relato cuenta cómo una red regional de laboratorios y parcelas de monitoreo permitió compartir datos casi en tiempo real entre países. (Demo)',
      },
      challenge: {
        es: 'La roya redujo la producción de café en toda la región y afectó sobre todo a pequeños productores. Los servicios nacionales no compartían datos de vigilancia y las recomendaciones a los productores eran contradictorias.',
      },
      approach: {
        es: 'Talleres regionales sobre protocolos comunes de muestreo, estancias cortas de técnicos en el laboratorio de referencia mexicano, una plataforma compartida para datos de monitoreo y visitas a fincas demostrativas con variedades tolerantes.',
      },
      instruments: ['training_programme', 'expert_visit', 'community_of_practice'],
      activityTypes: ['experiential', 'analytical'],
      deliveryMode: 'blended',
      durationMonths: 30,
      participants: [
        org('mx-dgctc', 'provider'),
        party('HN', { es: 'Servicio de sanidad agropecuaria de Honduras' }, 'recipient'),
        party('GT', { es: 'Ministerio de Agricultura de Guatemala' }, 'recipient'),
        party('NI', { es: 'Instituto de protección agropecuaria de Nicaragua' }, 'recipient'),
        party(null, { es: 'Organismo regional de sanidad agropecuaria' }, 'facilitator'),
      ],
      results: {
        es: 'Cifras ilustrativas: cinco países adoptaron el mismo protocolo de muestreo y publicaron boletines de alerta mensuales; en las zonas piloto la proporción de fincas con renovación planificada se duplicó en dos años.',
      },
      didNotWork: {
        es: 'La plataforma de datos dependió de un solo servidor y dejó de actualizarse cuando terminó el financiamiento del proyecto.',
      },
      lessons: {
        es: 'Los protocolos comunes se adoptan cuando se construyen juntos; la sostenibilidad de los sistemas de información debe preverse desde el inicio, con responsables nacionales.',
      },
      periodStart: 2013,
      periodEnd: 2015,
      sectors: ['31192', '31166'],
      sdgTargets: ['2.3', '2.4'],
      modality: 'regional',
      knowledgeModes: ['sharing'],
      outcomes: ['enhanced_skills', 'enhanced_connectivity'],
      assessmentDimensions: ['information_systems', 'coordination_mechanism'],
      contact: contact('Sofía Ramírez Ortega (demo)'),
      links: [{ url: 'https://www.gob.mx/amexcid', title: 'AMEXCID' }],
      languages: langs('es'),
    },
  },
  {
    orgKey: 'mx-dgctc',
    authorEmail: 'mx.editor@demo.kxhub.org',
    state: 'sent_back',
    reviewComment:
      'Los resultados no tienen evidencia: indiquen de dónde salen las cifras (informe final, encuesta municipal) y distingan lo que cambió en los municipios de lo que solo se capacitó. Falta también el enlace a una fuente oficial.',
    content: {
      title: {
        es: 'Gestión integral de residuos sólidos para municipios centroamericanos (cooperación triangular)',
      },
      summary: {
        es: 'Con apoyo de la cooperación alemana, especialistas mexicanos en gestión de residuos acompañaron a municipios de Guatemala y El Salvador en la planeación de rellenos sanitarios, la separación en la fuente y tarifas de recolección. El proyecto combinó cursos, intercambios entre alcaldes y asistencia técnica en sitio. (Demo)',
      },
      challenge: {
        es: 'Muchos municipios depositaban los residuos en tiraderos a cielo abierto, sin planes ni tarifas que cubrieran el servicio de recolección.',
      },
      approach: {
        es: 'Cursos para técnicos municipales, visitas de alcaldes a municipios mexicanos con rellenos sanitarios en operación y asistencia técnica para elaborar planes municipales de gestión de residuos.',
      },
      instruments: ['training_programme', 'study_tour', 'expert_visit'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 36,
      participants: [
        org('mx-dgctc', 'provider'),
        party('DE', { es: 'Cooperación alemana para el desarrollo' }, 'funder'),
        party('GT', { es: 'Municipios de Guatemala' }, 'recipient'),
        party('SV', { es: 'Municipios de El Salvador' }, 'recipient'),
      ],
      results: {
        es: 'Se capacitaron muchos funcionarios y los municipios quedaron muy satisfechos con el proyecto, que fue un gran éxito.',
      },
      didNotWork: {
        es: 'La rotación de autoridades municipales después de las elecciones interrumpió varios planes.',
      },
      lessons: {
        es: 'Involucrar a los concejos municipales, no solo al alcalde, para que los planes sobrevivan a los cambios de gobierno.',
      },
      periodStart: 2016,
      periodEnd: 2019,
      sectors: ['14050', '41010'],
      sdgTargets: ['11.6', '12.5'],
      modality: 'triangular',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills'],
      assessmentDimensions: ['international_partnerships'],
      contact: contact('Héctor Villaseñor (demo)'),
      links: [{ url: 'https://www.gob.mx/sre', title: 'Secretaría de Relaciones Exteriores' }],
      languages: langs('es'),
    },
  },
  {
    orgKey: 'mx-dgctc',
    authorEmail: 'mx.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-09-04',
    content: {
      title: {
        en: 'Building a national system for development cooperation: Mexico’s law and agency shared with peers',
      },
      summary: {
        en: 'After the 2011 law on international development cooperation created a national agency, a registry and a fund, Mexico shared how it built these pieces with cooperation agencies of Colombia, Guatemala, El Salvador and the Dominican Republic, and with the countries of the 2011 WBI video dialogue. The story covers the legal design, the information system for recording cooperation and the first steps towards a programme of knowledge exchange. (Demo)',
      },
      challenge: {
        en: 'Mexico’s cooperation was fragmented across dozens of ministries, with no legal mandate, no registry of what was offered or received and no budget line of its own. Peer agencies in the region faced the same questions as they moved from being recipients to dual-role countries.',
      },
      approach: {
        en: 'The directorate documented its institutional reform and presented it in a WBI-convened video dialogue, then hosted peer agencies for working sessions on the law, the registry and the fund. Follow-up video calls reviewed draft regulations and data forms in the partner agencies.',
      },
      instruments: ['conference', 'multistakeholder_dialogue', 'expert_visit'],
      activityTypes: ['presentation', 'discussion', 'analytical'],
      deliveryMode: 'blended',
      durationMonths: 24,
      participants: [
        org('mx-dgctc', 'provider'),
        org('co-apc', 'recipient'),
        party('GT', { en: 'Guatemala planning secretariat' }, 'recipient'),
        party('DO', { en: 'Dominican Republic ministry of economy and planning' }, 'recipient'),
        org('wbi', 'facilitator'),
      ],
      results: {
        en: 'Illustrative for the demo: two partner agencies adopted registry forms based on the Mexican template, and one drafted a cooperation law that cites the Mexican text. Mexico gained comparative material for its own first cooperation programme.',
      },
      didNotWork: {
        en: 'Presenting the law was easy; explaining how coordination works in practice between ministries was not, and the first sessions stayed too formal.',
      },
      lessons: {
        en: 'Institutional set-ups travel best as options, not models. Pair the legal text with the real operating procedures and invite the officials who run them, not only directors.',
      },
      periodStart: 2011,
      periodEnd: 2013,
      sectors: ['15123', '15110'],
      sdgTargets: ['17.9', '16.6', '17.18'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'improved_consensus'],
      assessmentDimensions: [
        'legal_framework',
        'information_systems',
        'coordination_mechanism',
        'political_commitment',
      ],
      contact: contact('Mariana Robles (demo)', 'mariana.robles@example.org'),
      links: [
        { url: 'https://www.gob.mx/amexcid', title: 'AMEXCID' },
        { url: 'https://www.gob.mx/sre', title: 'Secretaría de Relaciones Exteriores' },
      ],
      languages: langs('en'),
    },
  },
];
