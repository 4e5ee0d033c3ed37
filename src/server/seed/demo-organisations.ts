import type { OrganisationBody } from '../../shared/contracts/organisations.js';

/**
 * Demo organisations: the agencies that held the June 2011 video dialogue on capacity
 * development for South-South knowledge exchange (see the seed document), the conveners and
 * observers, and a few more agencies from Africa and Latin America. Descriptions are written
 * for the demo and say so; identifiers are left empty where we are not certain of them.
 */
export interface DemoOrganisation extends Partial<OrganisationBody> {
  key: string;
  name: Record<string, string>;
  orgType: string;
  parentKey?: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'cn-mof',
    name: {
      en: 'Ministry of Finance of China — Technical Assistance Division',
      zh: '中华人民共和国财政部 技术援助处',
      es: 'Ministerio de Hacienda de China — División de Asistencia Técnica',
    },
    acronym: 'MOF',
    orgType: '10',
    countryCode: 'CN',
    description: {
      en: 'Presented China’s experience at the 2011 dialogue: how the Ministry of Finance organises technical assistance and knowledge sharing with partner countries. (Demo record.)',
    },
    defaultLocale: 'en',
  },
  {
    key: 'in-dea',
    name: {
      en: 'Department of Economic Affairs, Ministry of Finance of India — Multilateral Institutions Division',
    },
    acronym: 'DEA',
    orgType: '10',
    countryCode: 'IN',
    website: 'https://dea.gov.in',
    description: {
      en: 'Coordinates India’s engagement with multilateral institutions; presented India’s set-up for South-South knowledge exchange in 2011. (Demo record.)',
    },
  },
  {
    key: 'id-bappenas',
    name: {
      en: 'Ministry of National Development Planning (Bappenas) — Directorate for Multilateral Foreign Funding',
      id: 'Kementerian PPN/Bappenas — Direktorat Pendanaan Luar Negeri Multilateral',
    },
    acronym: 'Bappenas',
    orgType: '10',
    countryCode: 'ID',
    website: 'https://www.bappenas.go.id',
    description: {
      en: 'Indonesia’s planning ministry, which mainstreams South-South cooperation in national development planning. (Demo record.)',
      id: 'Kementerian perencanaan Indonesia yang mengarusutamakan Kerja Sama Selatan-Selatan dalam perencanaan pembangunan nasional. (Data demo.)',
    },
  },
  {
    key: 'mx-sre',
    name: {
      es: 'Secretaría de Relaciones Exteriores de México',
      en: 'Ministry of Foreign Affairs of Mexico',
    },
    acronym: 'SRE',
    orgType: '10',
    countryCode: 'MX',
    website: 'https://www.gob.mx/sre',
    defaultLocale: 'es',
    description: {
      es: 'Ministerio de Relaciones Exteriores de México. (Registro de demostración.)',
      en: 'Mexico’s foreign ministry. (Demo record.)',
    },
  },
  {
    key: 'mx-dgctc',
    parentKey: 'mx-sre',
    name: {
      es: 'Dirección General de Cooperación Técnica y Científica',
      en: 'Directorate General for Technical and Scientific Cooperation',
    },
    acronym: 'DGCTC',
    orgType: '10',
    countryCode: 'MX',
    defaultLocale: 'es',
    description: {
      es: 'Presentó la experiencia de México en el diálogo de 2011: la construcción de un sistema nacional de cooperación internacional para el desarrollo. (Registro de demostración.)',
      en: 'Presented Mexico’s experience at the 2011 dialogue: building a national system for international development cooperation. (Demo record.)',
    },
  },
  {
    key: 'sg-sce',
    name: {
      en: 'Singapore Cooperation Enterprise — International Partnerships Division',
      zh: '新加坡合作企业 国际合作伙伴司',
    },
    acronym: 'SCE',
    orgType: '15',
    countryCode: 'SG',
    website: 'https://www.sce.gov.sg',
    description: {
      en: 'The focal point of access to Singapore’s public-sector expertise; private-sector partners share costs and management knowledge. (Demo record.)',
    },
  },
  {
    key: 'wb',
    name: { en: 'World Bank', es: 'Banco Mundial', fr: 'Banque mondiale' },
    acronym: 'WB',
    orgType: '40',
    iatiIdentifier: 'XM-DAC-44000',
    website: 'https://www.worldbank.org',
    description: { en: 'Multilateral development bank. (Demo record.)' },
  },
  {
    key: 'wbi',
    parentKey: 'wb',
    name: {
      en: 'World Bank Institute',
      es: 'Instituto del Banco Mundial',
      fr: 'Institut de la Banque mondiale',
    },
    acronym: 'WBI',
    orgType: '40',
    description: {
      en: 'Convened the 2011 video dialogue on capacity development for South-South knowledge exchange and brokers exchanges between countries. (Demo record.)',
    },
  },
  {
    key: 'jica',
    name: {
      en: 'Japan International Cooperation Agency',
      fr: 'Agence japonaise de coopération internationale',
      es: 'Agencia de Cooperación Internacional del Japón',
    },
    acronym: 'JICA',
    orgType: '10',
    countryCode: 'JP',
    website: 'https://www.jica.go.jp',
    description: {
      en: 'Took part in the 2011 dialogue; a long-standing supporter of triangular cooperation. (Demo record.)',
    },
  },
  {
    key: 'tt-ssc',
    name: {
      en: 'Task Team on South-South Cooperation',
      es: 'Equipo de Tareas sobre Cooperación Sur-Sur',
      fr: 'Équipe spéciale sur la coopération Sud-Sud',
    },
    acronym: 'TT-SSC',
    orgType: '90',
    description: {
      en: 'Southern-led platform that documented South-South cases; its Technical Secretary commented at the 2011 dialogue. (Demo record.)',
    },
  },
  {
    key: 'co-apc',
    name: {
      es: 'Agencia Presidencial de Cooperación Internacional de Colombia',
      en: 'Presidential Agency for International Cooperation of Colombia',
    },
    acronym: 'APC-Colombia',
    orgType: '10',
    countryCode: 'CO',
    website: 'https://www.apccolombia.gov.co',
    defaultLocale: 'es',
    description: {
      es: 'Agencia nacional de cooperación de Colombia, oferente y receptora de cooperación Sur-Sur. (Registro de demostración.)',
    },
  },
  {
    key: 'br-abc',
    name: {
      pt: 'Agência Brasileira de Cooperação',
      en: 'Brazilian Cooperation Agency',
      es: 'Agencia Brasileña de Cooperación',
    },
    acronym: 'ABC',
    orgType: '10',
    countryCode: 'BR',
    defaultLocale: 'pt',
    description: {
      pt: 'Agência do Ministério das Relações Exteriores que coordena a cooperação técnica do Brasil. (Registro de demonstração.)',
      en: 'Agency of Brazil’s foreign ministry that coordinates Brazil’s technical cooperation. (Demo record.)',
    },
  },
  {
    key: 'cl-agci',
    name: {
      es: 'Agencia Chilena de Cooperación Internacional para el Desarrollo',
      en: 'Chilean International Cooperation Agency for Development',
    },
    acronym: 'AGCID',
    orgType: '10',
    countryCode: 'CL',
    defaultLocale: 'es',
    description: {
      es: 'Coordina la cooperación triangular de Chile con socios de América Latina y el Caribe. (Registro de demostración.)',
    },
  },
  {
    key: 'ma-amci',
    name: {
      fr: 'Agence Marocaine de Coopération Internationale',
      en: 'Moroccan Agency for International Cooperation',
      ar: 'الوكالة المغربية للتعاون الدولي',
    },
    acronym: 'AMCI',
    orgType: '10',
    countryCode: 'MA',
    defaultLocale: 'fr',
    description: {
      fr: 'Agence chargée de la coopération Sud-Sud du Maroc, notamment avec l’Afrique subsaharienne. (Donnée de démonstration.)',
    },
  },
  {
    key: 'za-dirco',
    name: { en: 'Department of International Relations and Cooperation of South Africa' },
    acronym: 'DIRCO',
    orgType: '10',
    countryCode: 'ZA',
    description: {
      en: 'South Africa’s foreign ministry, which manages the African Renaissance and International Co-operation Fund. (Demo record.)',
    },
  },
  {
    key: 'rw-rci',
    name: { en: 'Rwanda Cooperation', fr: 'Rwanda Cooperation' },
    acronym: 'RCI',
    orgType: '15',
    countryCode: 'RW',
    description: {
      en: 'Shares Rwanda’s home-grown solutions with peer countries through study visits. (Demo record.)',
    },
  },
  {
    key: 'ke-treasury',
    name: { en: 'The National Treasury of Kenya — External Resources Department' },
    acronym: 'NT',
    orgType: '10',
    countryCode: 'KE',
    visibility: 'network',
    description: {
      en: 'Visible to signed-in members only: an example of network visibility. (Demo record.)',
    },
  },
];
