import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// Brazil (ABC): food purchase from family farmers, school feeding, cotton, human milk banks and
// health cooperation in Haiti, written in Portuguese. Figures are illustrative, not official data.

export const BRAZIL_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'br-abc',
    authorEmail: 'br.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-01-15',
    content: {
      title: {
        pt: 'PAA África: compras públicas da agricultura familiar para a alimentação escolar',
        en: 'PAA Africa: public purchases from family farmers for school meals',
      },
      summary: {
        pt: 'Inspirado no Programa de Aquisição de Alimentos brasileiro, o PAA África apoiou Etiópia, Malaui, Moçambique, Níger e Senegal a comprar alimentos de agricultores familiares para abastecer escolas. Brasil, FAO e PMA combinaram assistência técnica à produção com apoio à compra institucional. O relato mostra como cada país adaptou as regras de compra e o que mudou para os agricultores e as escolas. (Demo)',
        en: 'Inspired by Brazil’s Food Acquisition Programme, PAA Africa helped Ethiopia, Malawi, Mozambique, Niger and Senegal buy food from family farmers to supply schools. Brazil, FAO and WFP combined technical support for production with support for institutional purchasing. The story shows how each country adapted the purchasing rules and what changed for farmers and schools. (Demo)',
      },
      challenge: {
        pt: 'Os programas de alimentação escolar dependiam de alimentos importados ou doados, enquanto pequenos agricultores não tinham mercado estável para seus excedentes. As regras de compras públicas não permitiam contratar organizações de produtores.',
      },
      approach: {
        pt: 'Missões técnicas brasileiras, visitas de estudo de gestores africanos a municípios que executam o PAA, pilotos em distritos selecionados com compras diretas de cooperativas, capacitação em gestão pós-colheita e seminários regionais para discutir ajustes legais.',
      },
      instruments: ['study_tour', 'expert_visit', 'training_programme', 'multistakeholder_dialogue'],
      activityTypes: ['experiential', 'analytical', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 60,
      participants: [
        org('br-abc', 'provider'),
        party('ET', { pt: 'Etiópia', en: 'Ethiopia' }, 'recipient'),
        party('MW', { pt: 'Malaui', en: 'Malawi' }, 'recipient'),
        party('MZ', { pt: 'Moçambique', en: 'Mozambique' }, 'recipient'),
        party('NE', { pt: 'Níger', en: 'Niger' }, 'recipient'),
        party('SN', { pt: 'Senegal', en: 'Senegal' }, 'recipient'),
        party(null, { pt: 'FAO', en: 'FAO' }, 'facilitator'),
        party(null, { pt: 'Programa Mundial de Alimentos', en: 'World Food Programme' }, 'facilitator'),
      ],
      results: {
        pt: 'Números ilustrativos desta demonstração: milhares de agricultores familiares venderam a escolas pela primeira vez; em dois países a compra local passou a constar das normas nacionais de alimentação escolar, e a produtividade média dos participantes cresceu nas áreas-piloto.',
      },
      didNotWork: {
        pt: 'Atrasos nos pagamentos desestimularam agricultores nos primeiros ciclos. Em alguns distritos a produção não chegou ao volume exigido pelas escolas.',
      },
      lessons: {
        pt: 'A compra institucional só funciona com pagamento pontual e apoio à produção ao mesmo tempo. A mudança nas regras de compras públicas é o passo que garante continuidade após o projeto.',
      },
      costs: cost(
        10_000_000,
        'USD',
        { pt: 'Brasil, Reino Unido, FAO e PMA' },
        { pt: 'Valor ilustrativo para a demonstração.' },
      ),
      periodStart: 2012,
      periodEnd: 2017,
      sectors: ['11250', '43072', '31194'],
      sdgTargets: ['2.1', '2.3', '17.9'],
      modality: 'triangular',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['new_actions', 'new_knowledge'],
      assessmentDimensions: ['international_partnerships', 'monitoring_evaluation'],
      contact: contact('Renata Albuquerque (demo)'),
      links: [
        { url: 'https://www.gov.br/abc/pt-br', title: 'Agência Brasileira de Cooperação' },
        { url: 'https://www.fao.org', title: 'FAO' },
      ],
      languages: langs('pt', { en: 'reviewed' }),
    },
  },
  {
    orgKey: 'br-abc',
    authorEmail: 'br.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-10-08',
    content: {
      title: {
        pt: 'Alimentação escolar sustentável: visitas de estudo de países africanos ao programa brasileiro',
        es: 'Alimentación escolar sostenible: visitas de estudio de países africanos al programa brasileño',
      },
      summary: {
        pt: 'Delegações de ministérios da educação e da agricultura de países africanos visitaram escolas, cozinhas e cooperativas no Brasil para entender como funciona o programa nacional de alimentação escolar, com cardápios elaborados por nutricionistas e compras da agricultura familiar. Com apoio de um centro de excelência das Nações Unidas, cada delegação saiu com um plano de ação para desenhar ou reformar seu próprio programa. (Demo)',
        es: 'Delegaciones de ministerios de educación y agricultura de países africanos visitaron escuelas, cocinas y cooperativas en Brasil para entender cómo funciona el programa nacional de alimentación escolar, con menús elaborados por nutricionistas y compras a la agricultura familiar. Con el apoyo de un centro de excelencia de las Naciones Unidas, cada delegación regresó con un plan de acción para diseñar o reformar su propio programa. (Demo)',
      },
      challenge: {
        pt: 'Vários países dependiam de programas de alimentação escolar financiados por doadores, sem orçamento nacional nem lei própria, e buscavam uma transição para programas geridos pelo Estado.',
      },
      approach: {
        pt: 'Visitas de estudo de uma semana com gestores de vários ministérios, encontros com conselhos de alimentação escolar e prefeituras, oficinas de planejamento e acompanhamento remoto dos planos de ação durante um ano.',
      },
      instruments: ['study_tour', 'multistakeholder_dialogue', 'training_programme'],
      activityTypes: ['experiential', 'discussion'],
      deliveryMode: 'blended',
      durationMonths: 12,
      participants: [
        org('br-abc', 'provider'),
        party('BR', { pt: 'Fundo Nacional de Desenvolvimento da Educação' }, 'provider'),
        party('GN', { pt: 'Guiné' }, 'recipient'),
        party('TG', { pt: 'Togo' }, 'recipient'),
        party('KE', { pt: 'Quênia' }, 'recipient'),
        party(null, { pt: 'Centro de Excelência contra a Fome do PMA' }, 'facilitator'),
      ],
      results: {
        pt: 'Dados ilustrativos: metade das delegações apresentou um projeto de política ou de lei de alimentação escolar nos dois anos seguintes; três países criaram linhas orçamentárias próprias para o programa.',
      },
      didNotWork: {
        pt: 'Planos de ação elaborados só pelo ministério da educação avançaram pouco sem os ministérios da agricultura e das finanças.',
      },
      lessons: {
        pt: 'Levar delegações intersetoriais, incluindo as finanças, e acompanhar os planos depois da visita. O modelo brasileiro inspira, mas a escala e o financiamento precisam ser adaptados.',
      },
      periodStart: 2011,
      periodEnd: 2019,
      sectors: ['11250', '12240'],
      sdgTargets: ['2.1', '2.2', '4.1'],
      modality: 'triangular',
      knowledgeModes: ['sharing'],
      outcomes: ['improved_consensus', 'new_actions'],
      assessmentDimensions: ['political_commitment', 'international_partnerships'],
      contact: contact('Marcos Vinícius Teixeira (demo)'),
      links: [
        { url: 'https://www.gov.br/abc/pt-br', title: 'Agência Brasileira de Cooperação' },
        { url: 'https://www.wfp.org', title: 'Programa Mundial de Alimentos' },
      ],
      languages: langs('pt', { es: 'machine' }),
    },
  },
  {
    orgKey: 'br-abc',
    authorEmail: 'br.admin@demo.kxhub.org',
    state: 'stale',
    verifiedOn: '2023-11-20',
    content: {
      title: {
        pt: 'Projeto Cotton-4: pesquisa agrícola para o algodão no Benin, Burkina Faso, Chade e Mali',
      },
      summary: {
        pt: 'Pesquisadores brasileiros de uma empresa pública de pesquisa agropecuária trabalharam com institutos nacionais dos quatro países do Cotton-4 para testar variedades, manejo integrado de pragas e plantio direto em campos experimentais. O relato descreve a montagem da unidade de pesquisa no Mali, o intercâmbio de pesquisadores e a difusão das práticas entre produtores. (Demo)',
      },
      challenge: {
        pt: 'A produtividade do algodão nos quatro países era baixa e os institutos de pesquisa tinham pouca capacidade de teste de variedades e de extensão rural.',
      },
      approach: {
        pt: 'Unidade experimental no Mali, missões de pesquisadores brasileiros, cursos de curta duração no Brasil, dias de campo com produtores e publicação de recomendações técnicas em francês.',
      },
      instruments: ['expert_visit', 'training_programme', 'twinning'],
      activityTypes: ['experiential', 'analytical'],
      deliveryMode: 'face_to_face',
      durationMonths: 72,
      participants: [
        org('br-abc', 'provider'),
        party('BR', { pt: 'Embrapa' }, 'provider'),
        party('BJ', { pt: 'Benin' }, 'recipient'),
        party('BF', { pt: 'Burkina Faso' }, 'recipient'),
        party('TD', { pt: 'Chade' }, 'recipient'),
        party('ML', { pt: 'Mali' }, 'recipient'),
      ],
      results: {
        pt: 'Números ilustrativos: variedades adaptadas foram registradas em dois países e os campos de demonstração mostraram ganhos de produtividade; dezenas de pesquisadores foram formados em manejo integrado de pragas.',
      },
      didNotWork: {
        pt: 'A difusão para além dos campos de demonstração dependeu de serviços de extensão com poucos recursos; a rotatividade de pesquisadores interrompeu ensaios.',
      },
      lessons: {
        pt: 'Pesquisa conjunta cria laços duradouros entre institutos, mas precisa de uma estratégia de extensão e de financiamento nacional para chegar aos produtores.',
      },
      periodStart: 2009,
      periodEnd: 2015,
      sectors: ['31182', '31162'],
      sdgTargets: ['2.3', '17.6'],
      modality: 'bilateral',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills', 'new_knowledge'],
      assessmentDimensions: ['financing', 'monitoring_evaluation'],
      contact: contact('Paulo Henrique Lima (demo)'),
      links: [{ url: 'https://www.gov.br/abc/pt-br', title: 'Agência Brasileira de Cooperação' }],
      languages: langs('pt'),
    },
  },
  {
    orgKey: 'br-abc',
    authorEmail: 'br.admin@demo.kxhub.org',
    state: 'in_review',
    content: {
      title: {
        pt: 'Bancos de leite humano: a rede brasileira compartilhada com a América Latina e a África',
      },
      summary: {
        pt: 'A rede brasileira de bancos de leite humano apoiou países da América Latina e da África a criar seus primeiros bancos, com um método de baixo custo para coleta, pasteurização e controle de qualidade. O relato acompanha a formação de profissionais, a adaptação das normas sanitárias e a criação de redes nacionais nos países parceiros. (Demo)',
      },
      challenge: {
        pt: 'Recém-nascidos prematuros e de baixo peso em unidades neonatais não tinham acesso a leite humano seguro, e as soluções existentes eram caras.',
      },
      approach: {
        pt: 'Cursos práticos em bancos de leite brasileiros, envio de especialistas para instalar o primeiro banco em cada país, adaptação das normas técnicas e reuniões anuais de uma rede ibero-americana.',
      },
      instruments: ['training_programme', 'expert_visit', 'community_of_practice'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 120,
      participants: [
        org('br-abc', 'provider'),
        party('BR', { pt: 'Fundação Oswaldo Cruz' }, 'provider'),
        party('CV', { pt: 'Cabo Verde' }, 'recipient'),
        party('MZ', { pt: 'Moçambique' }, 'recipient'),
        party('BO', { pt: 'Bolívia' }, 'recipient'),
      ],
      results: {
        pt: 'Dados ilustrativos: dezenas de bancos de leite foram instalados nos países parceiros, com normas nacionais aprovadas; unidades neonatais relataram maior oferta de leite humano para prematuros.',
      },
      didNotWork: {
        pt: 'Onde faltava manutenção dos pasteurizadores, os bancos ficaram parados por meses.',
      },
      lessons: {
        pt: 'Tecnologia simples e normas claras facilitam a adaptação; a rede regional mantém a qualidade e a troca de experiências depois do projeto.',
      },
      periodStart: 2008,
      periodEnd: 2018,
      sectors: ['12220', '12281'],
      sdgTargets: ['3.2', '17.9'],
      modality: 'regional',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['enhanced_skills', 'enhanced_connectivity'],
      assessmentDimensions: ['systematisation', 'international_partnerships'],
      contact: contact('Fernanda Rocha (demo)'),
      links: [{ url: 'https://www.gov.br/abc/pt-br', title: 'Agência Brasileira de Cooperação' }],
      languages: langs('pt'),
    },
  },
  {
    orgKey: 'br-abc',
    authorEmail: 'br.admin@demo.kxhub.org',
    state: 'archived',
    verifiedOn: '2022-06-14',
    content: {
      title: { pt: 'Cooperação tripartite Brasil–Cuba–Haiti para o fortalecimento da vigilância em saúde' },
      summary: {
        pt: 'Depois do terremoto de 2010, Brasil e Cuba apoiaram o Haiti a reconstruir serviços de saúde, com foco em vigilância epidemiológica, imunização e formação de agentes comunitários. Relato arquivado: substituído por uma avaliação mais recente da cooperação. (Demo)',
      },
      challenge: {
        pt: 'O sistema de saúde haitiano perdeu infraestrutura e pessoal; epidemias exigiam vigilância rápida.',
      },
      approach: {
        pt: 'Médicos cubanos nos serviços, técnicos brasileiros em vigilância e imunização, formação de agentes comunitários e equipamentos para laboratórios.',
      },
      instruments: ['expert_visit', 'training_programme'],
      activityTypes: ['experiential'],
      deliveryMode: 'face_to_face',
      durationMonths: 48,
      participants: [
        org('br-abc', 'provider'),
        party('CU', { pt: 'Cuba' }, 'provider'),
        party('HT', { pt: 'Ministério da Saúde do Haiti' }, 'recipient'),
      ],
      results: {
        pt: 'Números ilustrativos: centenas de agentes comunitários formados e uma rede de vigilância em funcionamento em vários departamentos.',
      },
      didNotWork: {
        pt: 'Coordenação difícil entre três países com procedimentos administrativos diferentes.',
      },
      lessons: { pt: 'Definir desde o início um comitê tripartite com decisões registradas.' },
      periodStart: 2010,
      periodEnd: 2014,
      sectors: ['12250', '73010'],
      sdgTargets: ['3.3', '3.d'],
      modality: 'triangular',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills'],
      assessmentDimensions: ['coordination_mechanism'],
      contact: contact('Ana Beatriz Souza (demo)'),
      links: [{ url: 'https://www.gov.br/abc/pt-br', title: 'Agência Brasileira de Cooperação' }],
      languages: langs('pt'),
    },
  },
];
