import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// Singapore (SCE): civil service training, urban planning and public housing, urban water
// management, and the public-private cost-sharing model. Figures are illustrative.

export const SINGAPORE_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'sg-sce',
    authorEmail: 'sg.member@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-10-27',
    content: {
      title: {
        en: 'Public administration courses for ASEAN officials under the Singapore Cooperation Programme',
        zh: '新加坡合作计划下面向东盟官员的公共行政课程',
      },
      summary: {
        en: 'Through the Singapore Cooperation Programme, the civil service college and line agencies run short courses on public sector leadership, public service delivery and anti-corruption for officials from newer ASEAN members. This story shows how course content moved from presenting Singapore’s system to working on participants’ own reform projects, and how training centres in partner countries now co-host the courses. (Demo)',
        zh: '通过新加坡合作计划，公务员学院和各政府部门为东盟新成员国官员开设公共部门领导力、公共服务提供和反腐败等短期课程。本案例介绍课程内容如何从介绍新加坡制度转向围绕学员本国的改革项目开展研讨，以及伙伴国培训中心如何共同主办课程。(Demo)',
      },
      challenge: {
        en: 'Newer ASEAN members were modernising their civil services quickly and needed practical management skills; many officials had little exposure to other administrations in the region.',
      },
      approach: {
        en: 'Courses of one to two weeks combining lectures by serving officials, site visits to agencies and case work on participants’ reform projects. Training centres were set up with partner governments to run courses locally, and alumni are invited to follow-up seminars.',
      },
      instruments: ['training_programme', 'study_tour', 'community_of_practice'],
      activityTypes: ['presentation', 'experiential', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 120,
      participants: [
        org('sg-sce', 'provider'),
        party('SG', { en: 'Civil Service College Singapore' }, 'provider'),
        party('KH', { en: 'Cambodian civil servants' }, 'recipient'),
        party('LA', { en: 'Lao civil servants' }, 'recipient'),
        party('MM', { en: 'Myanmar civil servants' }, 'recipient'),
        party('VN', { en: 'Vietnamese civil servants' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative for the demo: thousands of officials trained; alumni surveys report service-improvement projects launched in ministries, and two partner training centres now design their own courses.',
      },
      didNotWork: {
        en: 'Site visits impressed but did not always translate: practices built on Singapore’s scale and pay levels were hard to apply. Follow-up with alumni was irregular.',
      },
      lessons: {
        en: 'Present principles and trade-offs rather than Singapore’s answers; ask participants to bring a live problem and let partner centres co-own the courses.',
      },
      costs: cost(
        5_000_000,
        'SGD',
        { en: 'Government of Singapore, with partner governments covering local costs' },
        { en: 'Illustrative figure for the demo.' },
      ),
      periodStart: 2012,
      periodEnd: 2022,
      sectors: ['15110', '15113', '11430'],
      sdgTargets: ['16.6', '16.5', '17.9'],
      modality: 'regional',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['enhanced_skills', 'enhanced_connectivity'],
      assessmentDimensions: ['focal_point', 'political_commitment'],
      contact: contact('Lim Hui Min (demo)'),
      links: [{ url: 'https://www.scp.gov.sg', title: 'Singapore Cooperation Programme' }],
      languages: langs('en', { zh: 'machine' }),
    },
  },
  {
    orgKey: 'sg-sce',
    authorEmail: 'sg.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-03-12',
    content: {
      title: { en: 'Urban planning and public housing: a government-to-government partnership with Rwanda' },
      summary: {
        en: 'Singapore Cooperation Enterprise brought planners from Singapore’s public agencies and private firms to work with Rwandan counterparts on integrated land-use planning and affordable housing for Kigali. The story explains how a public focal point gave access to serving officials, how private partners shared costs and operational know-how, and how the partners handled the gap between a plan and its implementation. (Demo)',
      },
      challenge: {
        en: 'Kigali was growing fast with informal settlements on steep slopes; the city needed a plan that could guide infrastructure, and a housing model affordable to lower-income households.',
      },
      approach: {
        en: 'Scoping missions, joint planning studios in Kigali and Singapore, attachments of Rwandan planners to Singapore agencies, and advice on a housing finance and delivery model. Private planning firms worked under SCE, sharing costs in exchange for market knowledge.',
      },
      instruments: ['expert_visit', 'secondment', 'study_tour', 'twinning'],
      activityTypes: ['analytical', 'experiential'],
      deliveryMode: 'blended',
      durationMonths: 36,
      participants: [
        org('sg-sce', 'provider'),
        party('SG', { en: 'Housing and planning agencies of Singapore' }, 'provider'),
        party('RW', { en: 'City of Kigali' }, 'recipient'),
        party('RW', { en: 'Rwanda ministry of infrastructure' }, 'recipient'),
        party('SG', { en: 'Singapore urban planning consultancy' }, 'private_partner'),
      ],
      results: {
        en: 'Illustrative for the demo: a city plan with detailed area plans was adopted, Rwandan planners now update it themselves, and a pilot affordable housing scheme was launched.',
      },
      didNotWork: {
        en: 'Housing unit costs remained above what many households could afford; the model needed local materials and incremental housing options the first design lacked.',
      },
      lessons: {
        en: 'A single focal point makes public-sector expertise accessible; private partners help finance exchanges but their role must be clear to the recipient. Plans need local teams who own the updates.',
      },
      periodStart: 2011,
      periodEnd: 2014,
      sectors: ['43030', '16030', '43031'],
      sdgTargets: ['11.1', '11.3', '17.17'],
      modality: 'bilateral',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['new_actions', 'enhanced_skills'],
      assessmentDimensions: ['focal_point', 'private_sector', 'financing'],
      contact: contact('Tan Wei Ming (demo)', 'weiming.tan@example.org'),
      links: [
        { url: 'https://www.sce.gov.sg', title: 'Singapore Cooperation Enterprise' },
        { url: 'https://www.hdb.gov.sg', title: 'Housing & Development Board' },
      ],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'sg-sce',
    authorEmail: 'sg.member@demo.kxhub.org',
    state: 'stale',
    verifiedOn: '2024-10-01',
    content: {
      title: { en: 'Reducing non-revenue water: Singapore’s utility practice shared with Asian cities' },
      summary: {
        en: 'Water utilities from Viet Nam and India worked with Singapore’s national water agency on reducing water lost to leaks, illegal connections and metering errors. Through study visits, joint audits and mentoring, each utility built a district metering pilot and a plan to cut losses. This story covers what transferred easily and what depended on tariffs and governance beyond the utility. (Demo)',
      },
      challenge: {
        en: 'Partner utilities lost a large share of the water they produced, which weakened their finances and left customers with intermittent supply.',
      },
      approach: {
        en: 'Study visits to control rooms and field crews, joint water-loss audits, mentoring of pilot teams over a year and a regional workshop where utilities compared results.',
      },
      instruments: ['study_tour', 'expert_visit', 'community_of_practice'],
      activityTypes: ['experiential', 'analytical'],
      deliveryMode: 'blended',
      durationMonths: 24,
      participants: [
        org('sg-sce', 'provider'),
        party('SG', { en: 'Singapore national water agency' }, 'provider'),
        party('VN', { en: 'City water utility in Viet Nam' }, 'recipient'),
        party('IN', { en: 'Municipal water utility in India' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative for the demo: pilot districts cut losses substantially within a year; one utility extended district metering city-wide.',
      },
      didNotWork: {
        en: 'Where tariffs did not cover costs, utilities could not fund replacement of old pipes after the pilot.',
      },
      lessons: {
        en: 'Pilots show what is possible; scaling up needs tariff reform and political backing, so include regulators and city leaders in the exchange.',
      },
      periodStart: 2016,
      periodEnd: 2018,
      sectors: ['14021', '14081'],
      sdgTargets: ['6.4', '6.1'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['enhanced_skills', 'new_actions'],
      assessmentDimensions: ['monitoring_evaluation', 'political_commitment'],
      contact: contact('Rajesh Kumar Pillai (demo)'),
      links: [{ url: 'https://www.sce.gov.sg', title: 'Singapore Cooperation Enterprise' }],
      languages: langs('en'),
    },
  },
  {
    orgKey: 'sg-sce',
    authorEmail: 'sg.member@demo.kxhub.org',
    state: 'draft',
    content: {
      title: {
        en: 'Sharing costs with private partners: how a public focal point finances knowledge exchange',
      },
      summary: {
        en: 'Notes for a story on how SCE combines public-sector expertise with private firms that share costs and contribute management knowledge, as discussed at the 2011 WBI video dialogue. (Demo)',
      },
      challenge: {
        en: 'Government budgets for technical cooperation were limited while demand from partner governments kept growing.',
      },
      instruments: ['expert_visit'],
      participants: [
        org('sg-sce', 'provider'),
        party('SG', { en: 'Private-sector partners' }, 'private_partner'),
      ],
      sectors: ['25010'],
      sdgTargets: ['17.17'],
      assessmentDimensions: ['private_sector', 'financing', 'focal_point'],
      contact: contact('Nur Aisyah (demo)'),
      languages: langs('en'),
    },
  },
];
