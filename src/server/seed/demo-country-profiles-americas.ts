import { type DemoDoc, type DemoProfile, demoHistory, named, revise } from './demo-country-profiles-types.js';

// Mexico (a country of the 2011 dialogue), Colombia, Brazil and Chile.

const mexico2019: DemoDoc = (o, id) => ({
  defaultLocale: 'es',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular', 'regional'],
  bodies: [
    named(
      {
        es: 'Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID)',
        en: 'Mexican Agency for International Development Cooperation (AMEXCID)',
      },
      ['lead_agency'],
      { es: 'Órgano desconcentrado de la SRE creado en 2011.' },
    ),
    o('mx-sre', { es: 'Secretaría de Relaciones Exteriores' }, ['line_ministry']),
    o('mx-dgctc', { es: 'Dirección General de Cooperación Técnica y Científica' }, [
      'implementing_agency',
      'focal_point',
    ]),
    named({ es: 'Secretaría de Hacienda y Crédito Público', en: 'Ministry of Finance and Public Credit' }, [
      'funder',
    ]),
  ],
  legalBasis: {
    instrument: 'law',
    title: {
      es: 'Ley de Cooperación Internacional para el Desarrollo',
      en: 'Law on International Development Cooperation',
    },
    year: 2011,
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LCID.pdf',
  },
  strategy: {
    status: 'in_preparation',
    title: { es: 'Programa de Cooperación Internacional para el Desarrollo (PROCID)' },
  },
  nationalPlan: {
    mainstreamed: true,
    how: {
      es: 'La cooperación internacional forma parte del eje de política exterior del Plan Nacional de Desarrollo.',
    },
  },
  coordination: {
    mechanism: 'formal',
    description: {
      es: 'El Consejo Consultivo de la AMEXCID reúne a las dependencias de la Administración Pública Federal que ofrecen y reciben cooperación.',
      en: 'AMEXCID’s Advisory Council brings together the federal agencies that provide and receive cooperation.',
    },
    memberIds: [...id('mx-sre'), ...id('mx-dgctc')],
  },
  budgetLine: {
    exists: true,
    note: {
      es: 'Fondo Nacional de Cooperación Internacional para el Desarrollo (FONCID), previsto en la ley.',
    },
  },
  informationSystem: {
    exists: true,
    name: { es: 'Registro Nacional de Cooperación Internacional para el Desarrollo' },
    note: { es: 'Registro previsto en la ley para cuantificar la cooperación que México ofrece y recibe.' },
  },
  monitoringEvaluation: { exists: false, note: { es: 'En construcción.' } },
  history: demoHistory({
    es: 'La cooperación técnica de México la gestionó durante décadas la Dirección General de Cooperación Técnica y Científica de la SRE. La Ley de Cooperación Internacional para el Desarrollo de 2011 creó la AMEXCID, el Programa de Cooperación Internacional (PROCID), el Registro Nacional y el Fondo Nacional. En el diálogo del WBI de 2011, la DGCTC presentó la construcción de este sistema nacional.',
    en: 'For decades Mexico’s technical cooperation was managed by the foreign ministry’s Directorate General for Technical and Scientific Cooperation. The 2011 Law on International Development Cooperation created AMEXCID, the cooperation programme (PROCID), the National Registry and the National Fund. At the 2011 WBI dialogue the DGCTC presented how this national system was being built.',
  }),
  obstacles: {
    es: 'Cooperación dispersa entre muchas dependencias federales y estatales; falta de datos sobre lo que se ofrece.',
    en: 'Cooperation scattered across many federal and state agencies; no data on what was offered.',
  },
  challenges: {
    es: 'Cuantificar la cooperación mexicana, evaluar sus resultados y consolidar el fondo nacional.',
    en: 'Quantifying Mexico’s cooperation, evaluating its results and consolidating the national fund.',
  },
});

const mexico2022 = revise(mexico2019, () => ({
  strategy: {
    status: 'adopted',
    title: { es: 'Programa de Cooperación Internacional para el Desarrollo 2021–2024 (PROCID)' },
    year: 2021,
  },
  monitoringEvaluation: {
    exists: true,
    note: { es: 'Indicadores del PROCID y cuantificación anual de la cooperación ofrecida.' },
  },
  challenges: {
    es: 'Evaluar resultados e impacto, no solo cuantificar; articular a los gobiernos estatales.',
    en: 'Evaluating results and impact, not only quantifying; bringing state governments on board.',
  },
}));

const colombia2019: DemoDoc = (o, id) => ({
  defaultLocale: 'es',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular', 'regional'],
  bodies: [
    o('co-apc', { es: 'Agencia Presidencial de Cooperación Internacional de Colombia' }, [
      'lead_agency',
      'coordination_body',
    ]),
    named(
      { es: 'Ministerio de Relaciones Exteriores', en: 'Ministry of Foreign Affairs' },
      ['line_ministry'],
      {
        es: 'Define la política exterior en la que se enmarca la cooperación.',
      },
    ),
    named({ es: 'Departamento Nacional de Planeación' }, ['line_ministry']),
  ],
  legalBasis: {
    instrument: 'decree',
    title: { es: 'Decreto 4152 de 2011, por el cual se crea APC-Colombia' },
    year: 2011,
  },
  strategy: {
    status: 'in_preparation',
    title: { es: 'Estrategia Nacional de Cooperación Internacional (ENCI) 2019–2022' },
  },
  nationalPlan: {
    mainstreamed: true,
    how: {
      es: 'El Plan Nacional de Desarrollo orienta las prioridades de la cooperación que Colombia ofrece y recibe.',
    },
  },
  coordination: {
    mechanism: 'formal',
    description: {
      es: 'Sistema Nacional de Cooperación Internacional, coordinado por APC-Colombia con la Cancillería.',
    },
    memberIds: id('co-apc'),
  },
  budgetLine: { exists: true, note: { es: 'Presupuesto de APC-Colombia para cooperación Sur-Sur.' } },
  informationSystem: {
    exists: true,
    name: { es: 'Cíclope' },
    note: { es: 'Sistema de información de APC-Colombia sobre proyectos de cooperación.' },
  },
  monitoringEvaluation: {
    exists: true,
    note: { es: 'Seguimiento de proyectos en el sistema de información.' },
  },
  history: demoHistory({
    es: 'Colombia pasó de ser principalmente receptora a ofrecer cooperación Sur-Sur en la región. En 2011 el Decreto 4152 creó la Agencia Presidencial de Cooperación Internacional (APC-Colombia) para gestionar y orientar la cooperación técnica y financiera no reembolsable que el país recibe y otorga.',
  }),
  obstacles: {
    es: 'Dispersión de la oferta de las entidades nacionales; cooperación oficial en descenso por ser país de renta media alta.',
  },
  challenges: {
    es: 'Documentar la oferta de buenas prácticas colombianas y medir su resultado en los países socios.',
  },
});

const colombia2020 = revise(colombia2019, () => ({
  strategy: {
    status: 'adopted',
    title: { es: 'Estrategia Nacional de Cooperación Internacional (ENCI) 2019–2022' },
    year: 2020,
  },
}));

const brazil: DemoDoc = (o) => ({
  defaultLocale: 'pt',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular'],
  bodies: [
    o('br-abc', { pt: 'Agência Brasileira de Cooperação' }, ['lead_agency', 'coordination_body']),
    named({ pt: 'Ministério das Relações Exteriores', en: 'Ministry of Foreign Affairs' }, ['line_ministry']),
    named({ pt: 'Empresa Brasileira de Pesquisa Agropecuária (Embrapa)' }, ['implementing_agency']),
    named({ pt: 'Fundação Oswaldo Cruz (Fiocruz)' }, ['implementing_agency']),
    named({ pt: 'Instituto de Pesquisa Econômica Aplicada (Ipea)' }, ['coordination_body'], {
      pt: 'Levantamento da Cooperação Brasileira para o Desenvolvimento Internacional (Cobradi).',
    }),
  ],
  legalBasis: {
    instrument: 'decree',
    title: { pt: 'Decreto nº 94.973, de 25 de setembro de 1987 (criação da ABC)' },
    year: 1987,
  },
  strategy: { status: 'none' },
  nationalPlan: { mainstreamed: false },
  coordination: {
    mechanism: 'informal',
    description: { pt: 'A ABC negocia e coordena os projetos com as instituições executoras brasileiras.' },
  },
  budgetLine: { exists: true, note: { pt: 'Orçamento da ABC no Ministério das Relações Exteriores.' } },
  informationSystem: {
    exists: true,
    name: { pt: 'Cobradi' },
    note: {
      pt: 'Levantamento periódico dos gastos do governo federal com cooperação internacional, feito pelo Ipea.',
    },
  },
  monitoringEvaluation: { exists: false },
  history: demoHistory({
    pt: 'A Agência Brasileira de Cooperação foi criada em 1987 e integra o Ministério das Relações Exteriores. Coordena a cooperação técnica que o Brasil recebe e a que oferece, sobretudo na América Latina e na África lusófona, executada por instituições como a Embrapa e a Fiocruz.',
    en: 'The Brazilian Cooperation Agency was created in 1987 and is part of the Ministry of Foreign Affairs. It coordinates the technical cooperation Brazil receives and provides, mainly in Latin America and Portuguese-speaking Africa, carried out by institutions such as Embrapa and Fiocruz.',
  }),
  obstacles: {
    pt: 'Ausência de marco legal próprio para a cooperação prestada; dificuldade de contratar e transferir recursos.',
  },
  challenges: {
    pt: 'Um marco legal para a cooperação técnica prestada; avaliar os resultados dos projetos.',
  },
});

const chile: DemoDoc = (o, id) => ({
  defaultLocale: 'es',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular', 'regional'],
  bodies: [
    o('cl-agci', { es: 'Agencia Chilena de Cooperación Internacional para el Desarrollo' }, ['lead_agency']),
    named({ es: 'Ministerio de Relaciones Exteriores' }, ['line_ministry']),
    named({ es: 'Fondo Chile contra el Hambre y la Pobreza' }, ['funder'], {
      es: 'Creado en 2011 con el PNUD.',
    }),
  ],
  legalBasis: {
    instrument: 'law',
    title: { es: 'Ley 18.989 (1990) y Ley 21.080 (2018), que crea la AGCID' },
    year: 2018,
  },
  strategy: {
    status: 'adopted',
    title: { es: 'Política Chilena de Cooperación Internacional para el Desarrollo 2015–2030' },
    year: 2015,
  },
  nationalPlan: {
    mainstreamed: true,
    how: { es: 'La política de cooperación está alineada con la Agenda 2030.' },
  },
  coordination: {
    mechanism: 'formal',
    description: {
      es: 'La AGCID coordina con los ministerios sectoriales la oferta chilena de cooperación.',
    },
    memberIds: id('cl-agci'),
  },
  budgetLine: { exists: true },
  informationSystem: { exists: true, note: { es: 'Registro de proyectos de la AGCID.' } },
  monitoringEvaluation: {
    exists: true,
    note: { es: 'Evaluaciones de programas triangulares con los socios.' },
  },
  history: demoHistory({
    es: 'Chile creó la Agencia de Cooperación Internacional en 1990, con el retorno a la democracia, para recibir cooperación. Con los años pasó a ofrecer cooperación Sur-Sur y triangular en América Latina y el Caribe. En 2018 la Ley 21.080 la transformó en la Agencia Chilena de Cooperación Internacional para el Desarrollo (AGCID).',
  }),
  obstacles: { es: 'Graduación como país de renta alta y reducción de la cooperación recibida.' },
  challenges: { es: 'Sostener la cooperación triangular con nuevos socios y medir su impacto.' },
});

export const AMERICAS_PROFILES: DemoProfile[] = [
  {
    code: 'MX',
    versions: [
      { at: '2019-02-11T16:00:00Z', changeNote: 'Primera versión.', doc: mexico2019 },
      {
        at: '2022-01-24T16:00:00Z',
        changeNote: 'PROCID 2021–2024 adoptado; sistema de seguimiento.',
        doc: mexico2022,
      },
    ],
  },
  {
    code: 'CO',
    versions: [
      { at: '2019-08-05T15:00:00Z', changeNote: 'Primera versión.', doc: colombia2019 },
      { at: '2020-06-30T15:00:00Z', changeNote: 'ENCI 2019–2022 adoptada.', doc: colombia2020 },
    ],
  },
  { code: 'BR', versions: [{ at: '2021-04-19T13:00:00Z', changeNote: 'Primeira versão.', doc: brazil }] },
  { code: 'CL', versions: [{ at: '2022-11-07T14:00:00Z', changeNote: 'Primera versión.', doc: chile }] },
];
