import type { CapabilityBody, CostSharing, ExpertBody } from '../../shared/contracts/expertise.js';
import { createCapabilityAsPlatform, createExpertAsPlatform } from '../modules/expertise/index.js';
import type { AppDeps } from '../platform/module.js';
import type { DemoIds } from './demo-ids.js';

/**
 * Demo expertise catalogue: what the agencies of the 2011 dialogue and a few others are known
 * to share with peers, written for the demo (each description says so). The experts are
 * fictional people, marked "(demo)" in their job title, listed with written consent.
 */
interface DemoCapability {
  key: string;
  org: string;
  title: Record<string, string>;
  description: Record<string, string>;
  defaultLocale?: CapabilityBody['defaultLocale'];
  sectors: string[];
  sdgTargets: string[];
  instruments: string[];
  languages: string[];
  capacityPerYear: number | null;
  costSharing: CostSharing;
  costSharingNote?: Record<string, string>;
  visibility?: CapabilityBody['visibility'];
}

const DEMO = ' (Demo record.)';

export const DEMO_CAPABILITIES: DemoCapability[] = [
  {
    key: 'sg-housing',
    org: 'sg-sce',
    title: { en: 'Public housing planning and delivery', zh: '公共住房规划与建设' },
    description: {
      en: `How Singapore plans, finances and builds public housing at scale: land-use planning, estate design, allocation rules and estate management, adapted to the partner's context.${DEMO}`,
    },
    sectors: ['16030', '43030'],
    sdgTargets: ['11.1', '11.3'],
    instruments: ['study_tour', 'training_programme', 'expert_visit'],
    languages: ['en', 'zh', 'ms'],
    capacityPerYear: 8,
    costSharing: 'cost_shared',
    costSharingNote: { en: 'Study visits can be co-funded under the Singapore Cooperation Programme.' },
  },
  {
    key: 'sg-water',
    org: 'sg-sce',
    title: { en: 'Integrated water management and water reuse' },
    description: {
      en: `Catchment management, non-revenue water reduction and water reuse, drawing on Singapore's national water agency model.${DEMO}`,
    },
    sectors: ['14010', '14020'],
    sdgTargets: ['6.4', '6.5'],
    instruments: ['expert_visit', 'training_programme'],
    languages: ['en'],
    capacityPerYear: 6,
    costSharing: 'recipient_funded',
    costSharingNote: { en: 'Advisory work is priced per assignment; development partners often fund it.' },
  },
  {
    key: 'sg-egov',
    org: 'sg-sce',
    title: { en: 'E-government and digital public services' },
    description: {
      en: `Whole-of-government digital services: strategy, shared platforms, digital identity and the governance behind them.${DEMO}`,
    },
    sectors: ['15110', '22040'],
    sdgTargets: ['16.6', '17.8'],
    instruments: ['study_tour', 'expert_visit'],
    languages: ['en'],
    capacityPerYear: 5,
    costSharing: 'third_party_funded',
    visibility: 'network',
  },
  {
    key: 'sg-port',
    org: 'sg-sce',
    title: { en: 'Port management and logistics' },
    description: {
      en: `Port authority governance, terminal operations and trade logistics systems, from the experience of one of the world's busiest ports.${DEMO}`,
    },
    sectors: ['21040', '33120'],
    sdgTargets: ['9.1'],
    instruments: ['study_tour', 'training_programme'],
    languages: ['en'],
    capacityPerYear: 3,
    costSharing: 'recipient_funded',
  },
  {
    key: 'mx-cct',
    org: 'mx-dgctc',
    defaultLocale: 'es',
    title: {
      es: 'Programas de transferencias monetarias condicionadas (Prospera)',
      en: 'Conditional cash transfer programmes (Prospera)',
    },
    description: {
      es: 'Diseño, focalización, corresponsabilidades en salud y educación, y evaluación de impacto de los programas de transferencias condicionadas, a partir de la experiencia de Progresa-Oportunidades-Prospera. (Registro de demostración.)',
      en: `Design, targeting, health and education co-responsibilities, and impact evaluation of conditional cash transfers, from the Progresa-Oportunidades-Prospera experience.${DEMO}`,
    },
    sectors: ['16010', '16011'],
    sdgTargets: ['1.3', '1.2'],
    instruments: ['study_tour', 'expert_visit', 'training_programme'],
    languages: ['es', 'en'],
    capacityPerYear: 6,
    costSharing: 'cost_shared',
    costSharingNote: {
      es: 'México cubre honorarios de sus expertos; el socio cubre viajes y viáticos.',
      en: 'Mexico covers its experts’ time; the partner covers travel and subsistence.',
    },
  },
  {
    key: 'mx-elections',
    org: 'mx-dgctc',
    defaultLocale: 'es',
    title: { es: 'Administración electoral', en: 'Electoral administration' },
    description: {
      es: 'Organización de elecciones, registro de electores, credencial para votar y resultados preliminares, con la autoridad electoral nacional. (Registro de demostración.)',
    },
    sectors: ['15151'],
    sdgTargets: ['16.7'],
    instruments: ['expert_visit', 'twinning'],
    languages: ['es'],
    capacityPerYear: 4,
    costSharing: 'provider_funded',
  },
  {
    key: 'mx-drr',
    org: 'mx-dgctc',
    defaultLocale: 'es',
    title: {
      es: 'Gestión integral del riesgo de desastres (CENAPRED)',
      en: 'Disaster risk management (CENAPRED)',
    },
    description: {
      es: 'Sistemas de alerta temprana sísmica, atlas de riesgos y protección civil, con el Centro Nacional de Prevención de Desastres. (Registro de demostración.)',
      en: `Seismic early warning, risk atlases and civil protection, with Mexico's National Centre for Disaster Prevention.${DEMO}`,
    },
    sectors: ['43060', '74020'],
    sdgTargets: ['11.5', '13.1'],
    instruments: ['training_programme', 'study_tour'],
    languages: ['es', 'en'],
    capacityPerYear: 5,
    costSharing: 'cost_shared',
  },
  {
    key: 'br-family-farming',
    org: 'br-abc',
    defaultLocale: 'pt',
    title: {
      pt: 'Agricultura familiar e compras públicas de alimentos',
      es: 'Agricultura familiar y compras públicas de alimentos',
      en: 'Family farming and public food procurement',
    },
    description: {
      pt: 'Políticas de apoio à agricultura familiar: crédito, assistência técnica e o Programa de Aquisição de Alimentos ligado à alimentação escolar. (Registro de demonstração.)',
      en: `Support policies for family farming: credit, extension and the Food Acquisition Programme linked to school meals.${DEMO}`,
    },
    sectors: ['31110', '43040'],
    sdgTargets: ['2.3', '2.4'],
    instruments: ['study_tour', 'training_programme', 'expert_visit'],
    languages: ['pt', 'es', 'en'],
    capacityPerYear: 10,
    costSharing: 'provider_funded',
  },
  {
    key: 'br-bolsa',
    org: 'br-abc',
    defaultLocale: 'pt',
    title: { pt: 'Bolsa Família e Cadastro Único', en: 'Bolsa Família and the single social registry' },
    description: {
      pt: 'Gestão de um programa nacional de transferência de renda e do cadastro único de programas sociais. (Registro de demonstração.)',
      en: `Running a national cash transfer programme and the single registry for social programmes.${DEMO}`,
    },
    sectors: ['16010'],
    sdgTargets: ['1.3'],
    instruments: ['study_tour', 'expert_visit'],
    languages: ['pt', 'es'],
    capacityPerYear: 6,
    costSharing: 'cost_shared',
  },
  {
    key: 'br-embrapa',
    org: 'br-abc',
    defaultLocale: 'pt',
    title: {
      pt: 'Agricultura tropical (Embrapa)',
      en: 'Tropical agriculture (Embrapa)',
      fr: 'Agriculture tropicale (Embrapa)',
    },
    description: {
      pt: 'Pesquisa agropecuária tropical: cultivares adaptadas, manejo de solos do cerrado e integração lavoura-pecuária. (Registro de demonstração.)',
      en: `Tropical agricultural research: adapted varieties, savannah soil management and crop-livestock integration.${DEMO}`,
    },
    sectors: ['31182', '31161'],
    sdgTargets: ['2.4', '2.a'],
    instruments: ['training_programme', 'secondment'],
    languages: ['pt', 'en', 'fr', 'es'],
    capacityPerYear: 12,
    costSharing: 'provider_funded',
  },
  {
    key: 'co-peace',
    org: 'co-apc',
    defaultLocale: 'es',
    title: { es: 'Construcción de paz y reintegración', en: 'Peace building and reintegration' },
    description: {
      es: 'Reintegración de excombatientes, justicia transicional y desarrollo territorial en zonas afectadas por el conflicto. (Registro de demostración.)',
    },
    sectors: ['15220'],
    sdgTargets: ['16.1', '16.7'],
    instruments: ['study_tour', 'multistakeholder_dialogue'],
    languages: ['es', 'en'],
    capacityPerYear: 4,
    costSharing: 'cost_shared',
  },
  {
    key: 'co-saber-hacer',
    org: 'co-apc',
    defaultLocale: 'es',
    title: {
      es: 'Saber Hacer Colombia: experiencias territoriales',
      en: 'Saber Hacer Colombia: local know-how',
    },
    description: {
      es: 'Experiencias colombianas sistematizadas y listas para compartir, desde la gestión local hasta la innovación social. (Registro de demostración.)',
    },
    sectors: ['15112', '43040'],
    sdgTargets: ['17.9', '16.7'],
    instruments: ['knowledge_fair', 'study_tour'],
    languages: ['es'],
    capacityPerYear: 8,
    costSharing: 'negotiable',
  },
  {
    key: 'in-itec',
    org: 'in-dea',
    title: { en: 'ITEC training for civil servants' },
    description: {
      en: `Fully funded short courses in Indian institutions under the Indian Technical and Economic Cooperation programme, from public administration to IT.${DEMO}`,
    },
    sectors: ['15110', '11330'],
    sdgTargets: ['17.9', '4.4'],
    instruments: ['training_programme'],
    languages: ['en'],
    capacityPerYear: 40,
    costSharing: 'provider_funded',
  },
  {
    key: 'in-dpi',
    org: 'in-dea',
    title: { en: 'Digital public infrastructure: identity, payments and data exchange' },
    description: {
      en: `Foundational digital identity, real-time payments and consent-based data sharing as public infrastructure.${DEMO}`,
    },
    sectors: ['22040', '24010'],
    sdgTargets: ['16.9', '8.10'],
    instruments: ['expert_visit', 'study_tour', 'twinning'],
    languages: ['en', 'hi'],
    capacityPerYear: 6,
    costSharing: 'cost_shared',
  },
  {
    key: 'id-family-planning',
    org: 'id-bappenas',
    title: {
      en: 'Family planning and population programmes',
      id: 'Program keluarga berencana dan kependudukan',
    },
    description: {
      en: `Community-based family planning: village health posts, field workers and integration in development planning.${DEMO}`,
      id: 'Keluarga berencana berbasis masyarakat: posyandu, petugas lapangan dan integrasi dalam perencanaan pembangunan. (Data demo.)',
    },
    sectors: ['13030'],
    sdgTargets: ['3.7', '5.6'],
    instruments: ['study_tour', 'training_programme'],
    languages: ['id', 'en'],
    capacityPerYear: 6,
    costSharing: 'cost_shared',
  },
  {
    key: 'id-microfinance',
    org: 'id-bappenas',
    title: { en: 'Microfinance for rural households', id: 'Keuangan mikro untuk rumah tangga perdesaan' },
    description: {
      en: `Village banking units and microcredit for rural households and small enterprises.${DEMO}`,
    },
    sectors: ['24040', '32130'],
    sdgTargets: ['1.4', '8.10'],
    instruments: ['study_tour'],
    languages: ['id', 'en'],
    capacityPerYear: 3,
    costSharing: 'negotiable',
  },
  {
    key: 'cn-poverty',
    org: 'cn-mof',
    title: { en: 'Poverty reduction: targeted poverty alleviation', zh: '减贫：精准扶贫' },
    description: {
      en: `Identifying poor households, tailoring support and monitoring exit from poverty, from China's targeted poverty alleviation.${DEMO}`,
      zh: '识别贫困户、因户施策并监测脱贫成效的中国精准扶贫经验。（演示数据）',
    },
    sectors: ['43040', '16010'],
    sdgTargets: ['1.1', '1.2'],
    instruments: ['training_programme', 'study_tour'],
    languages: ['zh', 'en', 'fr'],
    capacityPerYear: 10,
    costSharing: 'provider_funded',
  },
  {
    key: 'cn-agritech',
    org: 'cn-mof',
    title: { en: 'Agricultural technology demonstration', zh: '农业技术示范' },
    description: {
      en: `Demonstration centres for rice and vegetable production, irrigation and farm machinery.${DEMO}`,
    },
    sectors: ['31166', '31120'],
    sdgTargets: ['2.3'],
    instruments: ['training_programme', 'expert_visit'],
    languages: ['zh', 'en', 'fr'],
    capacityPerYear: 8,
    costSharing: 'provider_funded',
  },
  {
    key: 'cl-social',
    org: 'cl-agci',
    defaultLocale: 'es',
    title: { es: 'Protección social: Chile Solidario', en: 'Social protection: Chile Solidario' },
    description: {
      es: 'Acompañamiento psicosocial a familias en extrema pobreza y su conexión con la red de servicios públicos. (Registro de demostración.)',
    },
    sectors: ['16010'],
    sdgTargets: ['1.3'],
    instruments: ['study_tour', 'expert_visit'],
    languages: ['es'],
    capacityPerYear: 4,
    costSharing: 'cost_shared',
  },
  {
    key: 'cl-fiscal',
    org: 'cl-agci',
    defaultLocale: 'es',
    title: { es: 'Reglas fiscales y balance estructural', en: 'Fiscal rules and the structural balance' },
    description: {
      es: 'Diseño de una regla de balance estructural, consejos fiscales autónomos y fondos soberanos. (Registro de demostración.)',
    },
    sectors: ['15111'],
    sdgTargets: ['17.1', '16.6'],
    instruments: ['expert_visit', 'training_programme'],
    languages: ['es', 'en'],
    capacityPerYear: 3,
    costSharing: 'negotiable',
    visibility: 'network',
  },
  {
    key: 'ma-solar',
    org: 'ma-amci',
    defaultLocale: 'fr',
    title: {
      fr: 'Énergies renouvelables : planification solaire',
      en: 'Renewable energy: solar planning',
      ar: 'الطاقات المتجددة: التخطيط للطاقة الشمسية',
    },
    description: {
      fr: 'Planification et montage de grandes centrales solaires, cadre réglementaire et partenariats public-privé. (Donnée de démonstration.)',
    },
    sectors: ['23210', '23230'],
    sdgTargets: ['7.2'],
    instruments: ['study_tour', 'training_programme'],
    languages: ['fr', 'ar', 'en'],
    capacityPerYear: 5,
    costSharing: 'cost_shared',
  },
  {
    key: 'ma-tvet',
    org: 'ma-amci',
    defaultLocale: 'fr',
    title: { fr: 'Formation professionnelle', en: 'Vocational training', ar: 'التكوين المهني' },
    description: {
      fr: 'Places de formation professionnelle et bourses pour des stagiaires africains dans les instituts marocains. (Donnée de démonstration.)',
    },
    sectors: ['11330'],
    sdgTargets: ['4.3', '4.4'],
    instruments: ['training_programme'],
    languages: ['fr', 'ar'],
    capacityPerYear: 15,
    costSharing: 'provider_funded',
  },
  {
    key: 'rw-hgs',
    org: 'rw-rci',
    title: {
      en: 'Home-grown solutions: Umuganda and Girinka',
      fr: 'Solutions endogènes : Umuganda et Girinka',
    },
    description: {
      en: `Community work days (Umuganda) and the one-cow-per-poor-family programme (Girinka), and how home-grown solutions are designed and scaled.${DEMO}`,
    },
    sectors: ['15150', '31163'],
    sdgTargets: ['16.7', '2.3'],
    instruments: ['study_tour', 'expert_visit'],
    languages: ['en', 'fr', 'rw'],
    capacityPerYear: 12,
    costSharing: 'recipient_funded',
  },
  {
    key: 'rw-service',
    org: 'rw-rci',
    title: { en: 'Public service delivery and performance contracts (Imihigo)' },
    description: {
      en: `Performance contracts between local leaders and citizens, and the monitoring of public service delivery.${DEMO}`,
    },
    sectors: ['15110', '15112'],
    sdgTargets: ['16.6'],
    instruments: ['study_tour'],
    languages: ['en', 'fr'],
    capacityPerYear: 8,
    costSharing: 'recipient_funded',
  },
  {
    key: 'ke-mobile-money',
    org: 'ke-treasury',
    title: { en: 'Mobile money and digital financial inclusion' },
    description: {
      en: `Regulating and scaling mobile money (in the M-Pesa style) for financial inclusion, with the central bank and telecom regulator.${DEMO}`,
    },
    sectors: ['24030', '24010'],
    sdgTargets: ['8.10', '1.4'],
    instruments: ['study_tour', 'expert_visit'],
    languages: ['en', 'sw'],
    capacityPerYear: 4,
    costSharing: 'cost_shared',
  },
  {
    key: 'ke-pfm',
    org: 'ke-treasury',
    title: { en: 'Public finance management: IFMIS and budget transparency' },
    description: {
      en: `An integrated financial management information system and programme-based budgeting, with citizen budgets.${DEMO}`,
    },
    sectors: ['15111'],
    sdgTargets: ['16.6', '17.1'],
    instruments: ['twinning', 'expert_visit'],
    languages: ['en', 'sw'],
    capacityPerYear: 3,
    costSharing: 'negotiable',
  },
  {
    key: 'wbi-kx',
    org: 'wbi',
    title: {
      en: 'Designing knowledge exchanges',
      es: 'Diseño de intercambios de conocimiento',
      fr: 'Concevoir des échanges de connaissances',
    },
    description: {
      en: `The Art of Knowledge Exchange method: defining the change objective, choosing instruments and measuring results.${DEMO}`,
    },
    sectors: ['43010'],
    sdgTargets: ['17.9'],
    instruments: ['training_programme', 'community_of_practice'],
    languages: ['en', 'es', 'fr'],
    capacityPerYear: 10,
    costSharing: 'provider_funded',
  },
];

interface DemoExpert {
  org: string;
  fullName: string;
  jobTitle: string;
  email?: string;
  expertise: Record<string, string>;
  sectors: string[];
  languages: string[];
  availability: ExpertBody['availability'];
  availabilityNote?: string;
  capabilities: string[];
  consentOn: string;
}

export const DEMO_EXPERTS: DemoExpert[] = [
  {
    org: 'sg-sce',
    fullName: 'Tan Wei Ling',
    jobTitle: 'Senior Consultant, Urban Solutions (demo)',
    email: 'tan.weiling@demo.kxhub.org',
    expertise: { en: 'Public housing estate planning and delivery models' },
    sectors: ['16030'],
    languages: ['en', 'zh', 'ms'],
    availability: 'available',
    capabilities: ['sg-housing'],
    consentOn: '2026-02-10',
  },
  {
    org: 'sg-sce',
    fullName: 'Rajesh Nair',
    jobTitle: 'Principal Consultant, Water (demo)',
    expertise: { en: 'Non-revenue water reduction, water reuse' },
    sectors: ['14010'],
    languages: ['en', 'ta'],
    availability: 'limited',
    availabilityNote: 'Two missions a year at most.',
    capabilities: ['sg-water'],
    consentOn: '2026-02-10',
  },
  {
    org: 'mx-dgctc',
    fullName: 'Lucía Fernández Ortega',
    jobTitle: 'Evaluadora de programas sociales (demo)',
    email: 'lucia.fernandez@demo.kxhub.org',
    expertise: {
      es: 'Diseño y evaluación de impacto de transferencias condicionadas',
      en: 'Design and impact evaluation of conditional cash transfers',
    },
    sectors: ['16010'],
    languages: ['es', 'en'],
    availability: 'available',
    capabilities: ['mx-cct'],
    consentOn: '2025-11-18',
  },
  {
    org: 'mx-dgctc',
    fullName: 'Ricardo Salinas Mora',
    jobTitle: 'Especialista en protección civil (demo)',
    expertise: { es: 'Alerta sísmica temprana y atlas de riesgos' },
    sectors: ['43060'],
    languages: ['es'],
    availability: 'limited',
    capabilities: ['mx-drr'],
    consentOn: '2025-11-18',
  },
  {
    org: 'br-abc',
    fullName: 'Ana Paula Rodrigues',
    jobTitle: 'Pesquisadora, agricultura tropical (demo)',
    expertise: {
      pt: 'Manejo de solos do cerrado e cultivares adaptadas',
      en: 'Savannah soil management and adapted varieties',
    },
    sectors: ['31182'],
    languages: ['pt', 'es', 'fr'],
    availability: 'available',
    capabilities: ['br-embrapa'],
    consentOn: '2026-01-22',
  },
  {
    org: 'br-abc',
    fullName: 'João Batista Moreira',
    jobTitle: 'Coordenador de compras públicas da agricultura familiar (demo)',
    expertise: { pt: 'Compras públicas de alimentos da agricultura familiar' },
    sectors: ['31110'],
    languages: ['pt', 'es'],
    availability: 'unavailable',
    availabilityNote: 'Em missão até dezembro.',
    capabilities: ['br-family-farming'],
    consentOn: '2026-01-22',
  },
  {
    org: 'co-apc',
    fullName: 'Camila Restrepo Gómez',
    jobTitle: 'Asesora en construcción de paz (demo)',
    email: 'camila.restrepo@demo.kxhub.org',
    expertise: { es: 'Reintegración de excombatientes y desarrollo territorial' },
    sectors: ['15220'],
    languages: ['es', 'en'],
    availability: 'available',
    capabilities: ['co-peace'],
    consentOn: '2026-03-05',
  },
  {
    org: 'in-dea',
    fullName: 'Arjun Mehta',
    jobTitle: 'Director, Digital Public Infrastructure (demo)',
    expertise: { en: 'Digital identity and real-time payment systems' },
    sectors: ['22040'],
    languages: ['en', 'hi'],
    availability: 'limited',
    capabilities: ['in-dpi'],
    consentOn: '2026-03-12',
  },
  {
    org: 'id-bappenas',
    fullName: 'Siti Rahmawati',
    jobTitle: 'Planner, population and family planning (demo)',
    expertise: { en: 'Community-based family planning', id: 'Keluarga berencana berbasis masyarakat' },
    sectors: ['13030'],
    languages: ['id', 'en'],
    availability: 'available',
    capabilities: ['id-family-planning'],
    consentOn: '2026-01-30',
  },
  {
    org: 'cn-mof',
    fullName: 'Zhang Min',
    jobTitle: 'Deputy Director, International Poverty Reduction (demo)',
    expertise: { en: 'Targeted poverty alleviation and monitoring', zh: '精准扶贫与监测' },
    sectors: ['43040'],
    languages: ['zh', 'en'],
    availability: 'available',
    capabilities: ['cn-poverty'],
    consentOn: '2025-12-02',
  },
  {
    org: 'cl-agci',
    fullName: 'Francisca Muñoz Vidal',
    jobTitle: 'Economista, política fiscal (demo)',
    expertise: { es: 'Reglas fiscales y consejos fiscales autónomos' },
    sectors: ['15111'],
    languages: ['es', 'en'],
    availability: 'limited',
    capabilities: ['cl-fiscal'],
    consentOn: '2026-04-08',
  },
  {
    org: 'ma-amci',
    fullName: 'Youssef El Amrani',
    jobTitle: 'Ingénieur, énergie solaire (demo)',
    expertise: { fr: 'Planification de centrales solaires et partenariats public-privé' },
    sectors: ['23210'],
    languages: ['fr', 'ar', 'en'],
    availability: 'available',
    capabilities: ['ma-solar'],
    consentOn: '2026-02-26',
  },
  {
    org: 'rw-rci',
    fullName: 'Aline Uwase',
    jobTitle: 'Home-Grown Solutions Specialist (demo)',
    email: 'aline.uwase@demo.kxhub.org',
    expertise: {
      en: 'Designing and scaling home-grown solutions',
      fr: 'Conception et mise à l’échelle de solutions endogènes',
    },
    sectors: ['15150'],
    languages: ['rw', 'en', 'fr'],
    availability: 'available',
    capabilities: ['rw-hgs', 'rw-service'],
    consentOn: '2026-03-20',
  },
  {
    org: 'ke-treasury',
    fullName: 'Peter Mwangi Kariuki',
    jobTitle: 'Senior Economist, Financial Inclusion (demo)',
    expertise: { en: 'Mobile money regulation and digital financial inclusion' },
    sectors: ['24030'],
    languages: ['en', 'sw'],
    availability: 'available',
    capabilities: ['ke-mobile-money'],
    consentOn: '2026-04-15',
  },
  {
    org: 'ke-treasury',
    fullName: 'Grace Achieng Odhiambo',
    jobTitle: 'PFM Reform Advisor (demo)',
    expertise: { en: 'Financial management information systems, programme-based budgeting' },
    sectors: ['15111'],
    languages: ['en', 'sw'],
    availability: 'limited',
    capabilities: ['ke-pfm'],
    consentOn: '2026-04-15',
  },
  {
    org: 'wbi',
    fullName: 'Sofía Castillo Reyes',
    jobTitle: 'Knowledge Exchange Specialist (demo)',
    expertise: {
      en: 'Designing and facilitating knowledge exchanges',
      es: 'Diseño y facilitación de intercambios de conocimiento',
    },
    sectors: ['43010'],
    languages: ['en', 'es'],
    availability: 'available',
    capabilities: ['wbi-kx'],
    consentOn: '2026-05-04',
  },
];

/** Seeds the catalogue; skips records whose organisation is not in the demo set. */
export async function seedExpertise(deps: AppDeps, ids: DemoIds): Promise<void> {
  const capabilityIds = new Map<string, string>();
  for (const { key, org, ...c } of DEMO_CAPABILITIES) {
    const organisationId = ids.orgIds.get(org);
    if (!organisationId) continue;
    const id = await createCapabilityAsPlatform(
      deps,
      {
        organisationId,
        costSharingNote: {},
        visibility: 'public',
        defaultLocale: 'en',
        ...c,
      },
      { isDemo: true },
    );
    capabilityIds.set(key, id);
  }
  for (const { org, capabilities, consentOn, ...e } of DEMO_EXPERTS) {
    const organisationId = ids.orgIds.get(org);
    if (!organisationId) continue;
    await createExpertAsPlatform(
      deps,
      {
        organisationId,
        email: null,
        availabilityNote: '',
        ...e,
        capabilityIds: capabilities.flatMap((k) => capabilityIds.get(k) ?? []),
        consent: { givenOn: consentOn, method: 'written' },
      },
      { isDemo: true },
    );
  }
}
