import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// China (Ministry of Finance): agricultural technology demonstration centres, village-level
// poverty reduction, public finance training and Juncao. Figures are illustrative.

export const CHINA_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'cn-mof',
    authorEmail: 'cn.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-12-02',
    content: {
      title: {
        zh: '援非农业技术示范中心：从示范田到农户的技术推广',
        en: 'Agricultural technology demonstration centres in Africa: from demonstration plots to farmers',
      },
      summary: {
        zh: '中国在多个非洲国家建设农业技术示范中心，由中国农业专家与东道国农业部门共同运营，开展品种试验、技术示范和农民培训。本案例介绍示范中心如何从“建设加援助”转向与当地研究机构合作，以及农户采用新技术的情况和遇到的困难。(Demo)',
        en: 'China built agricultural technology demonstration centres in several African countries, run jointly by Chinese agronomists and host ministries of agriculture, for variety trials, demonstrations and farmer training. This case describes how the centres moved from construction and aid towards partnership with local research institutes, how farmers took up new techniques and what proved difficult. (Demo)',
      },
      challenge: {
        zh: '东道国粮食单产较低，农业科研和推广体系力量薄弱，农民缺乏改良品种、灌溉和栽培技术。早期援助项目在援助期结束后往往难以持续运营。',
      },
      approach: {
        zh: '示范中心分三个阶段：建设期、技术合作期和可持续运营期。中国专家与当地技术人员共同开展水稻、玉米和蔬菜品种试验，举办田间学校和短期培训班，并邀请当地技术骨干赴华参加研修。后期引入企业参与种子生产和农机服务。',
      },
      instruments: ['expert_visit', 'training_programme', 'twinning'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 96,
      participants: [
        org('cn-mof', 'funder'),
        party(
          'CN',
          { zh: '中国农业科研与推广机构', en: 'Chinese agricultural research and extension institutes' },
          'provider',
        ),
        party('MZ', { zh: '莫桑比克农业部', en: 'Mozambique ministry of agriculture' }, 'recipient'),
        party('RW', { zh: '卢旺达农业委员会', en: 'Rwanda agriculture board' }, 'recipient'),
        party(null, { zh: '中国农业企业', en: 'Chinese agribusiness companies' }, 'private_partner'),
      ],
      results: {
        zh: '示意性数据：示范田的水稻单产明显高于当地平均水平；数千名农民和技术人员参加了培训；两个中心与当地大学签署了联合研究协议。',
      },
      didNotWork: {
        zh: '部分中心过度依赖中国专家，当地人员参与决策不足；企业化运营的盈利模式在一些国家未能实现。',
      },
      lessons: {
        zh: '示范中心要纳入东道国的科研推广体系，尽早培养当地管理团队；推广要结合农民合作组织和种子供应链，而不只是示范田。',
      },
      costs: cost(
        6_000_000,
        'CNY',
        { zh: '中国政府（建设与专家费用），东道国（土地与人员）' },
        { zh: '示意性金额，仅供演示。' },
      ),
      periodStart: 2010,
      periodEnd: 2018,
      sectors: ['31182', '31166', '31161'],
      sdgTargets: ['2.3', '2.a', '17.6'],
      modality: 'bilateral',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills', 'new_knowledge'],
      assessmentDimensions: ['private_sector', 'financing', 'monitoring_evaluation'],
      contact: contact('Zhang Min (demo)'),
      links: [{ url: 'https://www.mof.gov.cn', title: '中华人民共和国财政部' }],
      languages: langs('zh', { en: 'machine' }),
    },
  },
  {
    orgKey: 'cn-mof',
    authorEmail: 'cn.coordinator@demo.kxhub.org',
    state: 'stale',
    verifiedOn: '2024-08-27',
    content: {
      title: {
        zh: '中坦村级减贫学习中心：把中国农村扶贫经验带到坦桑尼亚的村庄',
        en: 'A village-level poverty reduction learning centre in Tanzania',
      },
      summary: {
        zh: '在国际减贫机构的支持下，中国专家与坦桑尼亚地方政府在一个村庄合作，借鉴中国“政府引导、农户参与”的村级扶贫做法，推广玉米密植技术，并组织村民合作开展生产。案例介绍如何选择试点村、如何让村民参与决策，以及经验如何扩展到周边村庄。(Demo)',
        en: 'With support from an international poverty reduction centre, Chinese experts and Tanzanian local government worked in one village, drawing on China’s village-level approach of government guidance and household participation, promoting dense-planting maize techniques and organising farmers to produce together. The case covers choosing the pilot village, involving villagers in decisions and spreading the approach to nearby villages. (Demo)',
      },
      challenge: {
        zh: '试点村农户收入低，玉米单产不高，村级组织缺乏带动能力。以往项目多以物资援助为主，村民参与度有限。',
      },
      approach: {
        zh: '中方专家驻村，与地方官员和村委会共同制定村级发展计划；建立示范户，推广密植、施肥和田间管理技术；组织坦方官员赴华考察中国贫困村的发展；定期召开村民大会评估进展。',
      },
      instruments: ['expert_visit', 'study_tour', 'training_programme'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'face_to_face',
      durationMonths: 36,
      participants: [
        org('cn-mof', 'funder'),
        party(
          'CN',
          { zh: '中国国际扶贫中心', en: 'International Poverty Reduction Center in China' },
          'provider',
        ),
        party('TZ', { zh: '坦桑尼亚地方政府', en: 'Tanzanian local government' }, 'recipient'),
        party('TZ', { zh: '试点村村民', en: 'Villagers of the pilot village' }, 'recipient'),
      ],
      results: {
        zh: '示意性数据：示范户玉米单产提高约一倍；周边多个村庄主动要求学习；地方政府将该做法写入区级农业计划。',
      },
      didNotWork: {
        zh: '驻村专家离开后，部分村民因缺少化肥和信贷而恢复原有种植方式。',
      },
      lessons: {
        zh: '村级减贫经验的关键在于组织方式，而不是单项技术；需要当地政府持续投入，并解决农资和信贷等配套问题。',
      },
      periodStart: 2011,
      periodEnd: 2014,
      sectors: ['43040', '31166'],
      sdgTargets: ['1.2', '2.3'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_actions', 'improved_consensus'],
      assessmentDimensions: ['systematisation', 'political_commitment'],
      contact: contact('Liu Yang (demo)'),
      links: [{ url: 'https://www.iprcc.org.cn', title: '中国国际扶贫中心' }],
      languages: langs('zh', { en: 'reviewed' }),
    },
  },
  {
    orgKey: 'cn-mof',
    authorEmail: 'cn.coordinator@demo.kxhub.org',
    state: 'in_review',
    content: {
      title: { zh: '亚太财经与发展学院：与东南亚国家分享财政管理改革经验' },
      summary: {
        zh: '财政部依托亚太财经与发展学院，为柬埔寨、老挝、缅甸等国财政官员举办预算管理、国库集中支付和政府债务管理研修班。案例介绍培训如何从单向讲授转向案例研讨和互访，以及学员回国后推动的改革行动。(Demo)',
      },
      challenge: {
        zh: '区域内多国正在推进公共财政管理改革，但缺少熟悉国库、预算编制和债务管理实务的人员，外部培训往往脱离本国实际。',
      },
      approach: {
        zh: '每年举办多期专题研修班，邀请中国地方财政部门介绍改革过程中的问题与做法；学员带着本国改革课题参训，结业时提交行动计划；随后组织回访和视频研讨，跟踪计划落实。',
      },
      instruments: ['training_programme', 'study_tour', 'community_of_practice'],
      activityTypes: ['presentation', 'discussion', 'analytical'],
      deliveryMode: 'blended',
      durationMonths: 60,
      participants: [
        org('cn-mof', 'provider'),
        party('CN', { zh: '亚太财经与发展学院' }, 'provider'),
        party('KH', { zh: '柬埔寨经济与财政部' }, 'recipient'),
        party('LA', { zh: '老挝财政部' }, 'recipient'),
        party('MM', { zh: '缅甸计划与财政部' }, 'recipient'),
        org('wb', 'facilitator'),
      ],
      results: {
        zh: '示意性数据：数百名财政官员参加研修；部分学员回国后主导了国库单一账户和中期预算框架的试点。',
      },
      didNotWork: {
        zh: '语言障碍影响研讨深度；部分行动计划缺少本国领导支持，未能落实。',
      },
      lessons: {
        zh: '请实际操作改革的地方官员讲授，比讲政策文件更有说服力；行动计划需要派出单位领导的认可。',
      },
      periodStart: 2014,
      periodEnd: 2019,
      sectors: ['15111', '15117'],
      sdgTargets: ['16.6', '17.1'],
      modality: 'regional',
      knowledgeModes: ['sharing'],
      outcomes: ['enhanced_skills', 'new_actions'],
      assessmentDimensions: ['focal_point', 'monitoring_evaluation'],
      contact: contact('Wang Li (demo)'),
      links: [{ url: 'https://www.mof.gov.cn', title: '中华人民共和国财政部' }],
      languages: langs('zh'),
    },
  },
  {
    orgKey: 'cn-mof',
    authorEmail: 'cn.coordinator@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-05-19',
    content: {
      title: {
        en: 'Juncao technology: growing mushrooms on grass with farmers in Fiji, Rwanda and Papua New Guinea',
      },
      summary: {
        en: 'Juncao is a Chinese technique for growing edible mushrooms on chopped grasses instead of timber, and for using the same grasses as fodder and against erosion. Chinese researchers trained extension staff and farmer groups in partner countries, set up demonstration bases and helped local partners produce their own spawn. The story looks at what made adoption work for smallholders and where markets were the bottleneck. (Demo)',
      },
      challenge: {
        en: 'Smallholders in partner countries needed new income sources that did not depend on cutting trees, and degraded slopes needed cover. Mushroom production was little known and spawn was imported.',
      },
      approach: {
        en: 'Demonstration bases run with host ministries, hands-on courses for extension workers and farmer groups, training of local technicians to produce spawn, and study visits to Chinese cooperatives that grow Juncao mushrooms.',
      },
      instruments: ['training_programme', 'expert_visit', 'study_tour'],
      activityTypes: ['experiential'],
      deliveryMode: 'face_to_face',
      durationMonths: 60,
      participants: [
        org('cn-mof', 'funder'),
        party('CN', { en: 'Chinese agricultural university research centre' }, 'provider'),
        party('FJ', { en: 'Fiji ministry of agriculture' }, 'recipient'),
        party('RW', { en: 'Rwanda agriculture board' }, 'recipient'),
        party('PG', { en: 'Papua New Guinea provincial administrations' }, 'recipient'),
      ],
      results: {
        en: 'Illustrative figures for the demo: several thousand households took up mushroom growing around the bases; two partners now produce spawn locally and one cooperative sells to supermarkets.',
      },
      didNotWork: {
        en: 'Where there was no nearby market, fresh mushrooms spoiled; drying and processing came too late in the project.',
      },
      lessons: {
        en: 'Simple, low-cost technologies spread fastest when local spawn supply and a market are in place from the start. Train local trainers early so the bases do not depend on visiting experts.',
      },
      periodStart: 2015,
      periodEnd: 2020,
      sectors: ['31161', '31166', '41030'],
      sdgTargets: ['1.4', '2.3', '15.3'],
      modality: 'bilateral',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills', 'new_actions'],
      assessmentDimensions: ['private_sector', 'systematisation'],
      contact: contact('Chen Jie (demo)'),
      links: [{ url: 'https://www.mof.gov.cn', title: 'Ministry of Finance of China' }],
      languages: langs('en'),
    },
  },
];
