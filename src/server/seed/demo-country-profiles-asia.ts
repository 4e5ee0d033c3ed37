import { type DemoDoc, type DemoProfile, demoHistory, named, revise } from './demo-country-profiles-types.js';

// China, India, Indonesia and Singapore: four of the five countries of the 2011 dialogue.

const china2019: DemoDoc = (o, id) => ({
  defaultLocale: 'en',
  countryRole: 'provider',
  modalities: ['bilateral', 'triangular', 'regional'],
  bodies: [
    named({ en: 'China International Development Cooperation Agency (CIDCA)', zh: '国家国际发展合作署' }, [
      'lead_agency',
    ]),
    named({ en: 'Ministry of Commerce (MOFCOM)', zh: '商务部' }, ['implementing_agency'], {
      en: 'Manages the execution of aid projects; ran the foreign aid department until 2018.',
    }),
    named({ en: 'Ministry of Foreign Affairs', zh: '外交部' }, ['line_ministry']),
    o('cn-mof', { en: 'Ministry of Finance', zh: '财政部' }, ['funder', 'focal_point'], {
      en: 'Knowledge cooperation with multilateral development banks.',
    }),
  ],
  legalBasis: {
    instrument: 'regulation',
    title: { en: 'Measures for the Administration of Foreign Aid (trial)', zh: '对外援助管理办法（试行）' },
    year: 2014,
  },
  strategy: {
    status: 'adopted',
    title: { en: 'White paper “China’s Foreign Aid”', zh: '《中国的对外援助》白皮书' },
    year: 2014,
  },
  nationalPlan: {
    mainstreamed: true,
    how: {
      en: 'International development cooperation is part of the Five-Year Plans and of the Belt and Road Initiative.',
    },
  },
  coordination: {
    mechanism: 'formal',
    description: {
      en: 'CIDCA plans and approves aid in consultation with MOFCOM, the foreign ministry and the finance ministry; inter-ministerial coordination under the State Council.',
      zh: '国家国际发展合作署与商务部、外交部、财政部协商，负责对外援助的规划和审批。',
    },
    memberIds: id('cn-mof'),
  },
  budgetLine: {
    exists: true,
    note: {
      en: 'Foreign aid budget in the central budget; South-South Cooperation Assistance Fund announced in 2015.',
    },
  },
  informationSystem: { exists: false },
  monitoringEvaluation: {
    exists: true,
    note: { en: 'Project evaluation by the implementing ministry; a unified system is being built.' },
  },
  history: demoHistory({
    en: 'China has provided foreign aid since the 1950s. The Ministry of Commerce managed it through its Department of Foreign Aid until the State Council created the China International Development Cooperation Agency (CIDCA) in April 2018 to plan and coordinate aid policy, while MOFCOM and other ministries implement projects. In 2011 the Ministry of Finance presented China’s technical assistance and knowledge sharing at the WBI dialogue.',
    zh: '中国自20世纪50年代起开展对外援助。2018年4月国务院组建国家国际发展合作署之前，对外援助由商务部对外援助司管理；此后由国合署负责规划和协调，商务部等部门负责项目执行。',
  }),
  obstacles: {
    en: 'Aid was spread across many ministries and provinces; separating policy (CIDCA) from implementation (MOFCOM) took time.',
    zh: '援助涉及多个部门和省份，政策制定与项目执行的分离需要时间。',
  },
  challenges: {
    en: 'Measuring results across many small projects; sharing development experience, not only financing, with partner countries.',
    zh: '衡量众多小型项目的成效；与伙伴国家分享发展经验，而不仅仅是提供资金。',
  },
});

const china2021 = revise(china2019, () => ({
  legalBasis: {
    instrument: 'regulation',
    title: { en: 'Measures for the Administration of Foreign Aid', zh: '对外援助管理办法' },
    year: 2021,
  },
  strategy: {
    status: 'adopted',
    title: {
      en: 'White paper “China’s International Development Cooperation in the New Era”',
      zh: '《新时代的中国国际发展合作》白皮书',
    },
    year: 2021,
  },
  informationSystem: {
    exists: false,
    note: { en: 'A statistical system for development cooperation is planned.' },
  },
}));

const india: DemoDoc = (o) => ({
  defaultLocale: 'en',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular', 'regional'],
  bodies: [
    named({ en: 'Development Partnership Administration (DPA), Ministry of External Affairs' }, [
      'lead_agency',
    ]),
    o(
      'in-dea',
      { en: 'Department of Economic Affairs, Ministry of Finance' },
      ['funder', 'coordination_body'],
      {
        en: 'Lines of credit policy and engagement with multilateral institutions.',
      },
    ),
    named({ en: 'Export-Import Bank of India' }, ['implementing_agency'], { en: 'Lines of credit.' }),
    named({ en: 'Indian Technical and Economic Cooperation (ITEC) programme' }, ['implementing_agency'], {
      en: 'Training and expert deployment since 1964.',
    }),
  ],
  legalBasis: {
    instrument: 'policy',
    title: {
      en: 'Creation of the Development Partnership Administration in the Ministry of External Affairs',
    },
    year: 2012,
  },
  strategy: { status: 'none' },
  nationalPlan: { mainstreamed: false },
  coordination: {
    mechanism: 'informal',
    description: { en: 'DPA works with line ministries and the Ministry of Finance project by project.' },
  },
  budgetLine: {
    exists: true,
    note: { en: 'Budget of the Ministry of External Affairs for technical and economic cooperation.' },
  },
  informationSystem: { exists: false },
  monitoringEvaluation: { exists: false },
  history: demoHistory({
    en: 'India started the ITEC programme in 1964 and has offered training, experts and lines of credit to partner countries since. In January 2012 the Ministry of External Affairs created the Development Partnership Administration to manage projects from conception to completion. In 2011 the Department of Economic Affairs presented India’s set-up at the WBI dialogue.',
  }),
  obstacles: { en: 'Projects handled by separate divisions; long delivery times for lines of credit.' },
  challenges: {
    en: 'Reporting India’s cooperation as a whole; evaluating the impact of training programmes.',
  },
});

const indonesia2019: DemoDoc = (o, id) => ({
  defaultLocale: 'en',
  countryRole: 'dual',
  modalities: ['bilateral', 'triangular', 'regional'],
  bodies: [
    named(
      {
        en: 'National Coordination Team on South-South and Triangular Cooperation',
        id: 'Tim Koordinasi Nasional Kerja Sama Selatan-Selatan dan Triangular',
      },
      ['lead_agency', 'coordination_body'],
    ),
    o('id-bappenas', { en: 'Ministry of National Development Planning (Bappenas)' }, [
      'coordination_body',
      'focal_point',
    ]),
    named({ en: 'Ministry of Foreign Affairs', id: 'Kementerian Luar Negeri' }, ['line_ministry']),
    named({ en: 'Ministry of Finance', id: 'Kementerian Keuangan' }, ['funder']),
    named(
      { en: 'Ministry of State Secretariat', id: 'Kementerian Sekretariat Negara' },
      ['implementing_agency'],
      {
        en: 'Runs training programmes for partner countries.',
      },
    ),
  ],
  legalBasis: {
    instrument: 'regulation',
    title: { en: 'Government Regulation 48/2018 on the international development cooperation fund' },
    year: 2018,
  },
  strategy: {
    status: 'adopted',
    title: {
      en: 'Grand Design and Blueprint of Indonesia’s SSTC 2011–2025',
      id: 'Grand Design dan Blue Print KSST Indonesia 2011–2025',
    },
    year: 2011,
  },
  nationalPlan: {
    mainstreamed: true,
    how: {
      en: 'South-South and triangular cooperation is a programme of the medium-term national development plan (RPJMN).',
      id: 'KSST merupakan program dalam Rencana Pembangunan Jangka Menengah Nasional (RPJMN).',
    },
  },
  coordination: {
    mechanism: 'formal',
    description: {
      en: 'The National Coordination Team, set up in 2010, brings together Bappenas, the foreign ministry, the finance ministry and the state secretariat.',
      id: 'Tim Koordinasi Nasional yang dibentuk pada 2010 melibatkan Bappenas, Kemenlu, Kemenkeu dan Kemensetneg.',
    },
    memberIds: id('id-bappenas'),
  },
  budgetLine: {
    exists: false,
    note: { en: 'Each ministry funds its own programmes; a single fund is in preparation.' },
  },
  informationSystem: {
    exists: true,
    note: { en: 'A shared list of SSTC programmes kept by the coordination team.' },
  },
  monitoringEvaluation: { exists: false },
  history: demoHistory({
    en: 'Indonesia has shared its development experience since the 1955 Bandung Conference. In 2010 it set up a National Coordination Team on South-South and Triangular Cooperation, and in 2011 adopted a Grand Design for 2011–2025. Bappenas presented Indonesia’s set-up at the 2011 WBI dialogue.',
    id: 'Indonesia berbagi pengalaman pembangunan sejak Konferensi Asia Afrika 1955. Pada 2010 dibentuk Tim Koordinasi Nasional KSST, dan pada 2011 ditetapkan Grand Design 2011–2025.',
  }),
  obstacles: {
    en: 'Programmes scattered across ministries; no single budget; limited data on what was delivered.',
    id: 'Program tersebar di berbagai kementerian; belum ada anggaran tunggal; data terbatas.',
  },
  challenges: {
    en: 'Creating a single agency and fund; demand-driven programmes with measurable results.',
    id: 'Membentuk satu lembaga dan dana; program berbasis permintaan dengan hasil terukur.',
  },
});

const indonesia2021 = revise(indonesia2019, (v1) => ({
  bodies: [
    ...(v1.bodies ?? []),
    named(
      { en: 'Indonesian AID (LDKPI)', id: 'Lembaga Dana Kerja Sama Pembangunan Internasional' },
      ['funder'],
      {
        en: 'Endowment fund for international development cooperation, launched in October 2019.',
      },
    ),
  ],
  budgetLine: {
    exists: true,
    note: { en: 'Indonesian AID manages a dedicated endowment fund under the Ministry of Finance.' },
  },
  challenges: {
    en: 'Linking the new fund with the coordination team; demand-driven programmes with measurable results.',
    id: 'Menghubungkan dana baru dengan tim koordinasi; program berbasis permintaan dengan hasil terukur.',
  },
}));

const singapore: DemoDoc = (o) => ({
  defaultLocale: 'en',
  countryRole: 'provider',
  modalities: ['bilateral', 'triangular'],
  bodies: [
    named({ en: 'Singapore Cooperation Programme, Ministry of Foreign Affairs' }, ['lead_agency'], {
      en: 'Technical cooperation (training courses and study visits) since 1992.',
    }),
    o('sg-sce', { en: 'Singapore Cooperation Enterprise' }, ['implementing_agency', 'focal_point'], {
      en: 'Set up in 2006 to respond to requests for Singapore’s public-sector expertise.',
    }),
    named({ en: 'Ministry of Trade and Industry' }, ['line_ministry']),
  ],
  legalBasis: { instrument: 'none' },
  strategy: { status: 'none' },
  nationalPlan: { mainstreamed: false },
  coordination: {
    mechanism: 'informal',
    description: {
      en: 'The Singapore Cooperation Programme and SCE draw on ministries and statutory boards as needed.',
    },
  },
  budgetLine: {
    exists: true,
    note: { en: 'The Ministry of Foreign Affairs funds the Singapore Cooperation Programme.' },
  },
  informationSystem: { exists: false },
  monitoringEvaluation: { exists: true, note: { en: 'Course evaluations and follow-up with alumni.' } },
  history: demoHistory({
    en: 'Singapore shares its development experience through the Singapore Cooperation Programme, set up by the Ministry of Foreign Affairs in 1992, and through the Singapore Cooperation Enterprise, created in 2006 by the foreign and trade ministries as the focal point for access to Singapore’s public-sector expertise. SCE presented this model at the 2011 WBI dialogue.',
  }),
  obstacles: { en: 'Demand exceeds what agencies can release; public officers have their own jobs to do.' },
  challenges: {
    en: 'Cost-sharing with partners and the private sector; keeping the offer relevant to partner countries.',
  },
});

export const ASIA_PROFILES: DemoProfile[] = [
  {
    code: 'CN',
    versions: [
      {
        at: '2019-05-20T08:00:00Z',
        changeNote: 'First version after the creation of CIDCA.',
        doc: china2019,
      },
      {
        at: '2021-10-12T08:00:00Z',
        changeNote: 'New administrative measures and the 2021 white paper.',
        doc: china2021,
      },
    ],
  },
  { code: 'IN', versions: [{ at: '2022-03-15T06:00:00Z', changeNote: 'First version.', doc: india }] },
  {
    code: 'ID',
    versions: [
      { at: '2019-07-01T03:00:00Z', changeNote: 'First version.', doc: indonesia2019 },
      { at: '2021-09-20T03:00:00Z', changeNote: 'Indonesian AID added; dedicated fund.', doc: indonesia2021 },
    ],
  },
  { code: 'SG', versions: [{ at: '2023-02-10T02:00:00Z', changeNote: 'First version.', doc: singapore }] },
];
