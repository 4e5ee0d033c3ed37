import type { LocaleMap } from '../../shared/locale-map.js';
import { createAssessmentAsPlatform, submitAssessmentAsPlatform } from '../modules/assessments/index.js';
import type { AppDeps } from '../platform/module.js';
import type { DemoIds } from './demo-ids.js';
import { DEMO_ADMIN_EMAIL } from './demo-users.js';

/**
 * Demo self-assessments: two or three submitted rounds for the five countries of the June 2011
 * dialogue (China, India, Indonesia, Mexico, Singapore) and seven others, plus Mexico's current
 * draft. Fictional but plausible, following the dialogue's findings: in 2011 most countries had
 * no knowledge-exchange strategy, coordination and financing were hard everywhere, Indonesia had
 * mainstreamed SSC in its national plan, Mexico had just passed its law (April 2011), and
 * Singapore's SCE had become the focal point of its public-sector expertise.
 */

/** Ratings in the order of the dimensions (ke_strategy … political_commitment). */
type Twelve = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

const ORDER = [
  'ke_strategy',
  'mainstreaming',
  'legal_framework',
  'coordination_mechanism',
  'focal_point',
  'information_systems',
  'systematisation',
  'monitoring_evaluation',
  'financing',
  'private_sector',
  'international_partnerships',
  'political_commitment',
] as const;
type Dimension = (typeof ORDER)[number];

interface Round {
  assessedOn: string;
  participants: string;
  summary: LocaleMap;
  ratings: Twelve;
  evidence?: Partial<Record<Dimension, LocaleMap>>;
  links?: Partial<Record<Dimension, string[]>>;
}

interface CountrySeed {
  code: string;
  /** The coordinator's demo e-mail, if the country has one; else the demo administrator entered it. */
  by?: string;
  rounds: Round[];
  /** A round in progress (left as a draft): only some dimensions rated. */
  draft?: Omit<Round, 'ratings'> & { ratings: Partial<Record<Dimension, number>> };
}

const SOURCE_2011 = {
  en: 'Self-rating prepared for the WBI video conference dialogue on capacity development for South-South knowledge exchange (28–29 June 2011).',
};

const DEMO_ASSESSMENTS: CountrySeed[] = [
  {
    code: 'MX',
    by: 'mx.coordinator@demo.kxhub.org',
    rounds: [
      {
        assessedOn: '2011-06-20',
        participants: 'Dirección General de Cooperación Técnica y Científica (SRE)',
        summary: {
          es: 'La Ley de Cooperación Internacional para el Desarrollo acaba de publicarse (abril de 2011); la agencia aún está por crearse.',
          ...SOURCE_2011,
        },
        ratings: [0, 1, 3, 1, 1, 1, 1, 0, 1, 0, 2, 2],
        evidence: {
          legal_framework: {
            es: 'Ley de Cooperación Internacional para el Desarrollo, publicada en el Diario Oficial el 6 de abril de 2011.',
            en: 'Law on International Development Cooperation, published on 6 April 2011.',
          },
          ke_strategy: { es: 'No existe una estrategia de intercambio de conocimientos por escrito.' },
          financing: {
            es: 'Sin partida presupuestaria propia: la cooperación técnica depende de cada dependencia.',
          },
        },
      },
      {
        assessedOn: '2019-11-14',
        participants: 'AMEXCID — Dirección General de Cooperación Técnica y Científica; SHCP; SEP',
        summary: {
          es: 'AMEXCID consolidada; el PROCID orienta la cooperación y el Registro Nacional (RENCID) empieza a dar cifras.',
          en: 'AMEXCID in place; the PROCID programme guides cooperation and the national registry starts to give figures.',
        },
        ratings: [2, 2, 4, 2, 3, 2, 2, 1, 2, 1, 3, 2],
        evidence: {
          legal_framework: {
            es: 'La Ley de 2011 crea AMEXCID, el Programa de Cooperación (PROCID), el registro y el fondo nacional.',
            en: 'The 2011 law creates AMEXCID, the cooperation programme (PROCID), the registry and the national fund.',
          },
          focal_point: { es: 'AMEXCID es la ventanilla única para las solicitudes de cooperación técnica.' },
          international_partnerships: {
            es: 'Fondos conjuntos con Alemania, Chile, España y Japón para la cooperación triangular.',
          },
        },
        links: { legal_framework: ['https://www.diputados.gob.mx/LeyesBiblio/pdf/LCID.pdf'] },
      },
      {
        assessedOn: '2024-06-18',
        participants: 'AMEXCID; grupo de trabajo interinstitucional con 14 dependencias federales',
        summary: {
          es: 'Mejor coordinación interinstitucional y un sistema de información en línea; la evaluación sigue siendo el reto.',
        },
        ratings: [2, 3, 4, 3, 3, 3, 2, 2, 2, 1, 3, 2],
        evidence: {
          legal_framework: {
            es: 'Ley de Cooperación Internacional para el Desarrollo (2011) y su reglamento; AMEXCID como órgano desconcentrado de la SRE.',
            en: 'The 2011 law and its regulations; AMEXCID as an agency of the Ministry of Foreign Affairs.',
          },
          coordination_mechanism: {
            es: 'Consejo Consultivo de AMEXCID y enlaces de cooperación en cada secretaría.',
          },
          information_systems: { es: 'El RENCID publica los proyectos de cooperación ofrecida y recibida.' },
          monitoring_evaluation: {
            es: 'Lineamientos de evaluación aprobados; pocas evaluaciones publicadas.',
          },
        },
      },
    ],
    draft: {
      assessedOn: '2026-05-12',
      participants: 'AMEXCID; taller con dependencias federales y gobiernos estatales',
      summary: { es: 'Ronda 2026 en curso: se revisan las evidencias con las dependencias.' },
      ratings: {
        ke_strategy: 3,
        mainstreaming: 3,
        legal_framework: 4,
        coordination_mechanism: 3,
        focal_point: 3,
        information_systems: 3,
        systematisation: 3,
      },
      evidence: {
        ke_strategy: { es: 'Estrategia de intercambio de conocimientos 2025–2030 en consulta.' },
        systematisation: { es: 'Doce experiencias sistematizadas con fichas estándar.' },
      },
    },
  },
  {
    code: 'CN',
    by: 'cn.coordinator@demo.kxhub.org',
    rounds: [
      {
        assessedOn: '2011-06-21',
        participants: 'Technical Assistance Division, Ministry of Finance',
        summary: SOURCE_2011,
        ratings: [0, 2, 0, 1, 1, 1, 1, 0, 3, 0, 2, 4],
        evidence: {
          financing: {
            en: 'Foreign aid budget allocated every year by the State Council; training programmes funded in full.',
          },
          political_commitment: {
            en: 'South-South cooperation is a stated priority of the leadership (White Paper on Foreign Aid, April 2011).',
          },
          ke_strategy: {
            en: 'Knowledge sharing happens mostly as packaged training programmes; no written strategy.',
          },
        },
      },
      {
        assessedOn: '2019-11-08',
        participants:
          'China International Development Cooperation Agency (CIDCA); Ministry of Commerce; Ministry of Finance',
        summary: {
          en: 'CIDCA (2018) now plans and coordinates; knowledge-sharing centres opened with partners.',
        },
        ratings: [1, 3, 1, 3, 3, 2, 2, 1, 4, 1, 3, 4],
        evidence: {
          financing: {
            en: 'Dedicated budget lines, the South-South Cooperation Assistance Fund and the Center for International Knowledge on Development.',
          },
          coordination_mechanism: {
            en: 'CIDCA created in 2018 to coordinate the foreign aid of all ministries.',
          },
        },
      },
      {
        assessedOn: '2024-06-05',
        participants: 'CIDCA; Center for International Knowledge on Development',
        summary: {
          en: 'Global Development Initiative gives a framework; evaluation and systematisation being built.',
        },
        ratings: [2, 3, 2, 3, 3, 2, 3, 2, 4, 2, 3, 4],
        evidence: {
          financing: {
            en: 'Multi-year funding through the Global Development and South-South Cooperation Fund; knowledge products budgeted separately.',
            zh: '通过全球发展和南南合作基金提供多年期资金。',
          },
          political_commitment: {
            en: 'White paper “China’s International Development Cooperation in the New Era” (2021).',
          },
          legal_framework: { en: 'Administrative measures for foreign aid (2021); no law yet.' },
        },
        links: {
          political_commitment: [
            'http://english.www.gov.cn/archive/whitepaper/202101/10/content_WS5ffa6bbbc6d0f72576943922.html',
          ],
        },
      },
    ],
  },
  {
    code: 'IN',
    by: 'in.coordinator@demo.kxhub.org',
    rounds: [
      {
        assessedOn: '2011-06-22',
        participants:
          'Multilateral Institutions Division, Department of Economic Affairs, Ministry of Finance',
        summary: SOURCE_2011,
        ratings: [0, 1, 0, 1, 1, 0, 1, 0, 2, 1, 1, 3],
        evidence: {
          coordination_mechanism: {
            en: 'ITEC, lines of credit and grants run by different ministries; no common mechanism.',
          },
          political_commitment: { en: 'Long-standing commitment through ITEC since 1964.' },
        },
      },
      {
        assessedOn: '2019-11-19',
        participants: 'Development Partnership Administration (DPA), Ministry of External Affairs; DEA',
        summary: { en: 'The DPA (2012) brings projects together; information remains scattered.' },
        ratings: [1, 2, 1, 2, 2, 1, 1, 1, 3, 2, 2, 3],
        evidence: {
          financing: {
            en: 'Annual budget for ITEC training and grant projects; lines of credit through EXIM Bank.',
          },
          private_sector: { en: 'Industry bodies co-organise some training with ITEC institutes.' },
        },
      },
      {
        assessedOn: '2024-06-12',
        participants: 'DPA I–IV divisions; ITEC partner institutes',
        summary: {
          en: 'More coordination through the DPA; the ITEC network of 100+ institutes is an asset to share.',
        },
        ratings: [1, 2, 1, 3, 3, 2, 2, 2, 3, 2, 2, 4],
        evidence: {
          political_commitment: {
            en: 'Development partnership named a pillar of foreign policy; Global South summits hosted in 2023 and 2024.',
          },
          coordination_mechanism: {
            en: 'DPA divisions coordinate grants, credits and capacity building across ministries.',
          },
          ke_strategy: { en: 'No written knowledge-exchange strategy; demand-driven approach.' },
        },
      },
    ],
  },
  {
    code: 'ID',
    by: 'id.coordinator@demo.kxhub.org',
    rounds: [
      {
        assessedOn: '2011-06-23',
        participants:
          'Directorate for Multilateral Foreign Funding, Ministry of National Development Planning (Bappenas)',
        summary: SOURCE_2011,
        ratings: [1, 3, 1, 1, 1, 0, 1, 0, 1, 0, 3, 2],
        evidence: {
          mainstreaming: {
            en: 'South-South cooperation is part of the National Medium-Term Development Plan (RPJMN 2010–2014), which secures public funding.',
            id: 'Kerja sama Selatan-Selatan termasuk dalam RPJMN 2010–2014.',
          },
          international_partnerships: {
            en: 'Joint programmes with JICA and UNDP make engagement with partners more systematic.',
          },
        },
      },
      {
        assessedOn: '2019-11-21',
        participants:
          'National Coordination Team on South-South and Triangular Cooperation (Bappenas, MoFA, MoSS, MoF)',
        summary: {
          en: 'The national coordination team works; Indonesian AID established to finance cooperation.',
        },
        ratings: [2, 4, 2, 3, 2, 2, 2, 1, 2, 1, 4, 3],
        evidence: {
          mainstreaming: { en: 'SSTC has its own section and targets in the RPJMN 2015–2019 and 2020–2024.' },
          international_partnerships: {
            en: 'Triangular programmes with JICA, GIZ, UNDP and the Islamic Development Bank.',
          },
          coordination_mechanism: {
            en: 'Presidential decree sets up the national coordination team with four ministries.',
          },
        },
      },
      {
        assessedOn: '2024-06-20',
        participants: 'National Coordination Team; Indonesian AID (LDKPI)',
        summary: { en: 'Flagship programmes and a grand design for SSTC; Indonesian AID funds grants.' },
        ratings: [3, 4, 2, 3, 3, 2, 3, 2, 3, 1, 4, 3],
        evidence: {
          ke_strategy: {
            en: 'Grand Design and Blue Print of SSTC set flagship knowledge-sharing programmes.',
          },
          mainstreaming: {
            en: 'SSTC targets in the RPJMN 2020–2024, monitored by Bappenas every year.',
            id: 'Target KSST dalam RPJMN 2020–2024, dipantau Bappenas setiap tahun.',
          },
          financing: { en: 'Indonesian AID (LDKPI) endowment funds grants since 2019.' },
        },
      },
    ],
  },
  {
    code: 'SG',
    by: 'sg.coordinator@demo.kxhub.org',
    rounds: [
      {
        assessedOn: '2011-06-24',
        participants: 'International Partnerships Division, Singapore Cooperation Enterprise (SCE)',
        summary: SOURCE_2011,
        ratings: [1, 1, 1, 2, 4, 1, 2, 1, 2, 3, 3, 3],
        evidence: {
          focal_point: {
            en: 'SCE, set up in 2006, is the single point of access to Singapore’s public-sector expertise for other governments.',
          },
          private_sector: {
            en: 'Private firms share costs and bring management and operational know-how to SCE projects.',
          },
        },
      },
      {
        assessedOn: '2019-11-12',
        participants: 'SCE; Ministry of Foreign Affairs (Singapore Cooperation Programme)',
        summary: { en: 'SCE and the Singapore Cooperation Programme work together; demand keeps growing.' },
        ratings: [2, 2, 1, 3, 4, 2, 3, 2, 3, 3, 3, 3],
        evidence: {
          focal_point: { en: 'SCE matches requests with more than 60 public agencies and statutory boards.' },
          systematisation: {
            en: 'Each project documented in a standard format reused for the next partner.',
          },
        },
      },
      {
        assessedOn: '2024-06-14',
        participants: 'SCE; Singapore Cooperation Programme; partner agencies',
        summary: {
          en: 'Mature focal point and private-sector model; the legal basis stays light by design.',
        },
        ratings: [2, 2, 1, 3, 4, 3, 3, 3, 3, 4, 3, 3],
        evidence: {
          focal_point: {
            en: 'SCE remains the focal point: one door for governments asking for Singapore’s public-sector experience, drawing on agencies as needed.',
          },
          private_sector: {
            en: 'Cost-sharing with private partners is routine; firms contribute experts and operational knowledge.',
          },
          monitoring_evaluation: {
            en: 'Every programme has a results framework and an end-of-project review with the partner.',
          },
        },
        links: { focal_point: ['https://www.sce.gov.sg/'] },
      },
    ],
  },
  {
    code: 'CO',
    by: 'co.coordinator@demo.kxhub.org',
    rounds: [
      {
        assessedOn: '2019-11-06',
        participants: 'APC-Colombia; Cancillería; Departamento Nacional de Planeación',
        summary: {
          es: 'APC-Colombia (2011) lidera la estrategia de cooperación Sur-Sur; Saber Hacer Colombia sistematiza casos.',
        },
        ratings: [3, 3, 2, 3, 3, 3, 3, 2, 2, 1, 3, 3],
        evidence: {
          ke_strategy: {
            es: 'Estrategia de Cooperación Sur-Sur con líneas temáticas y socios prioritarios.',
          },
          systematisation: { es: 'Portafolio “Saber Hacer Colombia” con buenas prácticas documentadas.' },
        },
      },
      {
        assessedOn: '2024-06-11',
        participants: 'APC-Colombia; Cancillería; DNP; taller con entidades oferentes',
        summary: {
          es: 'Estrategia consolidada y oferta sistematizada; la financiación propia sigue siendo limitada.',
        },
        ratings: [4, 3, 2, 3, 4, 3, 4, 3, 2, 2, 3, 3],
        evidence: {
          ke_strategy: {
            es: 'Estrategia de Cooperación Sur-Sur 2022–2026 con metas, socios y modalidades; revisada cada año.',
            en: 'South-South Cooperation Strategy 2022–2026 with targets, partners and modalities, reviewed every year.',
          },
          focal_point: {
            es: 'APC-Colombia es el punto focal para la oferta de conocimiento de las entidades públicas.',
          },
          systematisation: {
            es: 'Más de 200 experiencias en Saber Hacer Colombia, con una metodología común.',
          },
          monitoring_evaluation: {
            es: 'Evaluación de resultados de los proyectos de intercambio con los socios.',
          },
        },
        links: { ke_strategy: ['https://www.apccolombia.gov.co/'] },
      },
    ],
  },
  {
    code: 'BR',
    rounds: [
      {
        assessedOn: '2019-11-25',
        participants: 'Agência Brasileira de Cooperação (ABC), Ministério das Relações Exteriores',
        summary: { pt: 'A ABC coordena a cooperação técnica; não há lei específica nem orçamento estável.' },
        ratings: [1, 1, 1, 2, 3, 2, 2, 1, 2, 1, 3, 2],
        evidence: {
          focal_point: { pt: 'A ABC é o ponto focal da cooperação técnica prestada pelo Brasil desde 1987.' },
          legal_framework: {
            pt: 'Não há lei de cooperação internacional; atuação baseada em decretos e acordos.',
          },
        },
      },
      {
        assessedOn: '2024-06-24',
        participants: 'ABC; Embrapa; Fiocruz; Ipea',
        summary: {
          pt: 'Retomada da cooperação Sul-Sul; a sistematização avança com as instituições executoras.',
        },
        ratings: [2, 1, 1, 2, 3, 2, 3, 2, 2, 1, 3, 3],
        evidence: {
          focal_point: {
            pt: 'A ABC articula as instituições executoras (Embrapa, Fiocruz, SENAI) e negocia os projetos.',
          },
          systematisation: { pt: 'Relatórios COBRADI (Ipea) medem e documentam a cooperação brasileira.' },
          international_partnerships: { pt: 'Programas trilaterais com Japão, Alemanha, FAO e PMA.' },
        },
      },
    ],
  },
  {
    code: 'CL',
    rounds: [
      {
        assessedOn: '2019-11-07',
        participants: 'Agencia Chilena de Cooperación Internacional para el Desarrollo (AGCID)',
        summary: { es: 'Marco legal sólido y fondo propio; el reto es la estrategia de intercambio.' },
        ratings: [2, 2, 3, 3, 3, 2, 2, 3, 3, 1, 3, 3],
        evidence: {
          legal_framework: {
            es: 'Ley 18.989 (1990) crea la agencia; Ley 21.080 (2018) la fortalece como AGCID.',
          },
          financing: { es: 'Fondo Chile contra el Hambre y la Pobreza, con aportes del Estado y del PNUD.' },
          monitoring_evaluation: {
            es: 'Sistema de seguimiento de proyectos y evaluaciones externas periódicas.',
          },
        },
      },
      {
        assessedOn: '2024-06-03',
        participants: 'AGCID; Ministerio de Relaciones Exteriores',
        summary: {
          es: 'Política de cooperación vigente y evaluación sistemática de la cooperación ofrecida.',
        },
        ratings: [3, 2, 3, 3, 3, 3, 2, 3, 3, 2, 3, 3],
        evidence: {
          ke_strategy: {
            es: 'Política y Estrategia de Cooperación Internacional para el Desarrollo, con énfasis en el intercambio de conocimientos.',
          },
          monitoring_evaluation: {
            es: 'Marco de resultados y evaluaciones finales de cada programa, publicadas en línea.',
            en: 'Results framework and end-of-programme evaluations, published online.',
          },
          financing: { es: 'Presupuesto anual de la AGCID y Fondo Chile para la cooperación triangular.' },
        },
        links: { ke_strategy: ['https://www.agci.cl/'] },
      },
    ],
  },
  {
    code: 'ZA',
    rounds: [
      {
        assessedOn: '2019-11-27',
        participants: 'Department of International Relations and Cooperation (DIRCO); National Treasury',
        summary: {
          en: 'The African Renaissance Fund finances projects; the planned agency (SADPA) is not yet running.',
        },
        ratings: [1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 2],
        evidence: {
          financing: {
            en: 'African Renaissance and International Cooperation Fund Act (2000) provides a fund.',
          },
          coordination_mechanism: { en: 'No standing mechanism; each department runs its own partnerships.' },
        },
      },
      {
        assessedOn: '2024-06-26',
        participants: 'DIRCO; DPME; line departments',
        summary: {
          en: 'First steps towards coordination and a legal basis for the development partnership agency.',
        },
        ratings: [1, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2],
        evidence: {
          legal_framework: {
            en: 'Draft bill on the South African Development Partnership Agency under discussion.',
          },
          ke_strategy: { en: 'No knowledge-exchange strategy yet.' },
        },
      },
    ],
  },
  {
    code: 'MA',
    rounds: [
      {
        assessedOn: '2019-11-18',
        participants: 'Agence Marocaine de Coopération Internationale (AMCI)',
        summary: {
          fr: 'L’AMCI porte la coopération Sud-Sud, en priorité avec l’Afrique, portée au plus haut niveau de l’État.',
        },
        ratings: [2, 2, 2, 2, 3, 1, 2, 1, 2, 1, 3, 4],
        evidence: {
          political_commitment: {
            fr: 'La coopération Sud-Sud est une orientation royale constante, réaffirmée lors du retour à l’Union africaine (2017).',
          },
          focal_point: {
            fr: 'L’AMCI est le guichet de la coopération technique et des bourses offertes par le Maroc.',
          },
        },
      },
      {
        assessedOn: '2024-06-21',
        participants: 'AMCI ; ministère des Affaires étrangères ; ministères techniques',
        summary: { fr: 'Programmes triangulaires plus nombreux ; le suivi des résultats progresse.' },
        ratings: [2, 3, 2, 2, 3, 2, 2, 2, 3, 2, 3, 4],
        evidence: {
          political_commitment: {
            fr: 'Engagement au plus haut niveau : la coopération Sud-Sud figure dans les discours royaux et le nouveau modèle de développement.',
            en: 'Commitment at the highest level: South-South cooperation is in royal speeches and the new development model.',
          },
          international_partnerships: {
            fr: 'Coopération triangulaire avec la JICA, la GIZ et la Banque islamique de développement.',
          },
          financing: { fr: 'Budget propre de l’AMCI et fonds dédiés aux programmes de formation.' },
        },
      },
    ],
  },
  {
    code: 'RW',
    rounds: [
      {
        assessedOn: '2019-11-13',
        participants:
          'Rwanda Cooperation; Ministry of Finance and Economic Planning; Rwanda Governance Board',
        summary: {
          en: 'Rwanda Cooperation (2018) hosts study visits on home-grown solutions; Vision 2050 frames it.',
        },
        ratings: [1, 3, 1, 2, 3, 2, 3, 2, 1, 1, 2, 4],
        evidence: {
          political_commitment: {
            en: 'Sharing home-grown solutions is a government priority set out by the President’s office.',
          },
          systematisation: {
            en: 'Home-grown solutions (Umuganda, Imihigo, Girinka) documented by the Rwanda Governance Board.',
          },
        },
      },
      {
        assessedOn: '2024-06-17',
        participants: 'Rwanda Cooperation; line ministries hosting delegations',
        summary: {
          en: 'A clear focal point and well documented solutions; financing depends on the visiting partners.',
        },
        ratings: [2, 3, 2, 2, 4, 2, 4, 3, 2, 2, 3, 4],
        evidence: {
          focal_point: {
            en: 'Rwanda Cooperation is the one entry point for countries that want to learn from Rwanda’s experience.',
          },
          systematisation: {
            en: 'Each home-grown solution has a case study, a visit programme and trained hosts.',
          },
          monitoring_evaluation: {
            en: 'Follow-up survey of visiting delegations six months after each visit.',
          },
          political_commitment: {
            en: 'Knowledge sharing is part of the National Strategy for Transformation (NST1).',
          },
        },
        links: { focal_point: ['https://www.rwandacooperation.org/'] },
      },
    ],
  },
  {
    code: 'KE',
    rounds: [
      {
        assessedOn: '2019-11-29',
        participants: 'The National Treasury; Ministry of Foreign Affairs',
        summary: { en: 'Kenya mostly receives cooperation; its own offer is ad hoc.' },
        ratings: [0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2],
        evidence: {
          financing: {
            en: 'No budget line for the cooperation Kenya offers; partners pay for each exchange.',
          },
          ke_strategy: { en: 'No strategy: exchanges answer requests one by one.' },
        },
      },
      {
        assessedOn: '2024-06-27',
        participants:
          'The National Treasury; State Department for Foreign Affairs; Kenya School of Government',
        summary: { en: 'Interest in a structured offer; a focal point is being discussed.' },
        ratings: [1, 2, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2],
        evidence: {
          financing: {
            en: 'Still no dedicated budget; a line in the medium-term expenditure framework has been requested.',
          },
          focal_point: { en: 'The Kenya School of Government hosts most visiting delegations.' },
        },
      },
    ],
  },
];

function ratingsOf(
  ratings: Partial<Record<Dimension, number>>,
  evidence: Round['evidence'] = {},
  links: Round['links'] = {},
) {
  return Object.fromEntries(
    ORDER.filter((d) => ratings[d] !== undefined || evidence[d] || links[d]).map((d) => [
      d,
      { rating: ratings[d] ?? null, evidence: evidence[d] ?? {}, links: links[d] ?? [] },
    ]),
  );
}

const asTwelve = (r: Twelve) =>
  Object.fromEntries(ORDER.map((d, i) => [d, r[i]!])) as Record<Dimension, number>;
const noon = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T12:00:00Z`) + plusDays * 86_400_000);

/** Loads the demo rounds through the assessment service, as the platform, oldest first. */
export async function seedAssessments(deps: AppDeps, ids: DemoIds): Promise<void> {
  for (const country of DEMO_ASSESSMENTS) {
    const userId = ids.userIds.get(country.by ?? DEMO_ADMIN_EMAIL) ?? null;
    /** Starts a round as a draft, dated the day it was held. */
    const draft = (round: Omit<Round, 'ratings'>, ratings: Partial<Record<Dimension, number>>) =>
      createAssessmentAsPlatform(
        deps,
        country.code,
        {
          assessedOn: round.assessedOn,
          participants: round.participants,
          summary: round.summary,
          ratings: ratingsOf(ratings, round.evidence, round.links),
        },
        { createdBy: userId, isDemo: true, at: noon(round.assessedOn) },
      );
    for (const round of country.rounds) {
      const id = await draft(round, asTwelve(round.ratings));
      await submitAssessmentAsPlatform(deps, id, { submittedBy: userId, at: noon(round.assessedOn, 9) });
    }
    if (country.draft) await draft(country.draft, country.draft.ratings);
  }
}
