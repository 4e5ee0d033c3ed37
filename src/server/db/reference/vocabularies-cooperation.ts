// Seed values for how South-South cooperation is organised: modalities, country roles, knowledge
// modes and the capacity self-assessment dimensions named in the June 2011 WBI dialogue summary.
import type { VocabularySeedItem } from './vocabulary-types.js';

export const SSC_MODALITY: VocabularySeedItem[] = [
  {
    code: 'bilateral',
    label: { en: 'Bilateral', es: 'Bilateral', fr: 'Bilatérale', pt: 'Bilateral' },
    definition: {
      en: 'Cooperation between two developing countries, in which one shares its knowledge, experience or resources with the other, or both learn from each other.',
      es: 'Cooperación entre dos países en desarrollo, en la que uno comparte sus conocimientos, experiencia o recursos con el otro, o ambos aprenden el uno del otro.',
      fr: 'Coopération entre deux pays en développement, dans laquelle l’un partage ses connaissances, son expérience ou ses ressources avec l’autre, ou les deux apprennent l’un de l’autre.',
    },
  },
  {
    code: 'triangular',
    label: { en: 'Triangular', es: 'Triangular', fr: 'Triangulaire', pt: 'Triangular' },
    definition: {
      en: 'Cooperation in which a pivotal developing country (first provider) shares its experience with one or more recipient countries, supported by a second provider, such as a traditional donor or an international organisation, that facilitates or funds it. Corresponds to IATI collaboration type 8.',
      es: 'Cooperación en la que un país en desarrollo pivote (primer oferente) comparte su experiencia con uno o varios países receptores, con el apoyo de un segundo oferente, como un donante tradicional o un organismo internacional, que la facilita o financia. Corresponde al tipo de colaboración 8 de IATI.',
      fr: 'Coopération dans laquelle un pays en développement pivot (premier fournisseur) partage son expérience avec un ou plusieurs pays bénéficiaires, avec l’appui d’un second fournisseur, tel qu’un donateur traditionnel ou une organisation internationale, qui la facilite ou la finance. Correspond au type de collaboration 8 de l’IATI.',
    },
  },
  {
    code: 'regional',
    label: { en: 'Regional', es: 'Regional', fr: 'Régionale', pt: 'Regional' },
    definition: {
      en: 'Cooperation among several developing countries of a region, usually through a shared programme, network or regional body, to address common development challenges.',
      es: 'Cooperación entre varios países en desarrollo de una región, normalmente mediante un programa, una red o un organismo regional compartidos, para abordar desafíos de desarrollo comunes.',
      fr: 'Coopération entre plusieurs pays en développement d’une même région, généralement au moyen d’un programme, d’un réseau ou d’un organisme régional commun, pour relever des défis de développement communs.',
    },
  },
];

// The triangular roles point to the generic role they specialise, so figures such as "countries
// that provide" can count pivotal countries and second providers without a separate mapping.
export const COUNTRY_ROLE: VocabularySeedItem[] = [
  {
    code: 'provider',
    label: { en: 'Provider', es: 'Oferente', fr: 'Fournisseur', pt: 'Ofertante' },
    definition: {
      en: 'A country that contributes its knowledge, experts or resources to an initiative, sharing an experience it has developed.',
      es: 'País que aporta sus conocimientos, expertos o recursos a una iniciativa, compartiendo una experiencia que ha desarrollado.',
      fr: 'Pays qui apporte ses connaissances, ses experts ou ses ressources à une initiative, en partageant une expérience qu’il a développée.',
    },
  },
  {
    code: 'recipient',
    label: { en: 'Recipient', es: 'Receptor', fr: 'Bénéficiaire', pt: 'Receptor' },
    definition: {
      en: 'A country whose institutions receive knowledge, experts or resources to address a development challenge they have identified.',
      es: 'País cuyas instituciones reciben conocimientos, expertos o recursos para abordar un desafío de desarrollo que han identificado.',
      fr: 'Pays dont les institutions reçoivent des connaissances, des experts ou des ressources pour relever un défi de développement qu’elles ont identifié.',
    },
  },
  {
    code: 'dual',
    label: {
      en: 'Provider and recipient (dual)',
      es: 'Oferente y receptor (ambos)',
      fr: 'Fournisseur et bénéficiaire (double rôle)',
      pt: 'Ofertante e receptor (ambos)',
    },
    definition: {
      en: 'A country that both offers and receives knowledge in the same initiative, as in peer learning where each partner learns from the other.',
      es: 'País que ofrece y recibe conocimientos en una misma iniciativa, como en el aprendizaje entre pares, en el que cada socio aprende del otro.',
      fr: 'Pays qui offre et reçoit à la fois des connaissances dans une même initiative, comme dans l’apprentissage entre pairs où chaque partenaire apprend de l’autre.',
    },
  },
  {
    code: 'first_provider',
    parent: 'provider',
    label: {
      en: 'First provider (pivotal country)',
      es: 'Primer oferente (país pivote)',
      fr: 'Premier fournisseur (pays pivot)',
      pt: 'Primeiro ofertante (país pivô)',
    },
    definition: {
      en: 'In triangular cooperation, the developing country that contributes the experience and technical knowledge being shared; also called the pivotal country.',
      es: 'En la cooperación triangular, el país en desarrollo que aporta la experiencia y los conocimientos técnicos que se comparten; también se denomina país pivote.',
      fr: 'Dans la coopération triangulaire, le pays en développement qui apporte l’expérience et le savoir-faire technique partagés ; on parle aussi de pays pivot.',
    },
  },
  {
    code: 'second_provider',
    parent: 'provider',
    label: {
      en: 'Second provider (facilitator / funder)',
      es: 'Segundo oferente (facilitador / financiador)',
      fr: 'Second fournisseur (facilitateur / bailleur)',
      pt: 'Segundo ofertante (facilitador / financiador)',
    },
    definition: {
      en: 'In triangular cooperation, the partner, often a traditional donor or an international organisation, that supports the exchange with funding, brokering, facilitation or complementary expertise.',
      es: 'En la cooperación triangular, el socio, a menudo un donante tradicional o un organismo internacional, que apoya el intercambio con financiación, intermediación, facilitación o conocimientos complementarios.',
      fr: 'Dans la coopération triangulaire, le partenaire, souvent un donateur traditionnel ou une organisation internationale, qui soutient l’échange par un financement, une intermédiation, une facilitation ou une expertise complémentaire.',
    },
  },
  {
    code: 'triangular_recipient',
    parent: 'recipient',
    label: {
      en: 'Recipient (triangular)',
      es: 'Receptor (triangular)',
      fr: 'Bénéficiaire (triangulaire)',
      pt: 'Receptor (triangular)',
    },
    definition: {
      en: 'In triangular cooperation, the country that requests the exchange and benefits from it to address its own development challenge.',
      es: 'En la cooperación triangular, el país que solicita el intercambio y se beneficia de él para abordar su propio desafío de desarrollo.',
      fr: 'Dans la coopération triangulaire, le pays qui sollicite l’échange et en bénéficie pour relever son propre défi de développement.',
    },
  },
];

export const KNOWLEDGE_MODE: VocabularySeedItem[] = [
  {
    code: 'transfer',
    label: {
      en: 'Knowledge transfer',
      es: 'Transferencia de conocimientos',
      fr: 'Transfert de connaissances',
      pt: 'Transferência de conhecimento',
    },
    definition: {
      en: 'A one-way transmission of experience, know-how or good practice from a provider to a recipient, for example through packaged training programmes or technical assistance.',
      es: 'Transmisión unidireccional de experiencia, saber hacer o buenas prácticas de un oferente a un receptor, por ejemplo mediante programas de capacitación preestablecidos o asistencia técnica.',
      fr: 'Transmission à sens unique d’expérience, de savoir-faire ou de bonnes pratiques d’un fournisseur vers un bénéficiaire, par exemple au moyen de programmes de formation clés en main ou d’assistance technique.',
    },
  },
  {
    code: 'sharing',
    label: {
      en: 'Knowledge sharing',
      es: 'Intercambio de conocimientos',
      fr: 'Partage de connaissances',
      pt: 'Compartilhamento de conhecimento',
    },
    definition: {
      en: 'A two-way process of peer learning in which partners exchange experiences and learn from each other to achieve development results; an initiative may combine it with knowledge transfer.',
      es: 'Proceso bidireccional de aprendizaje entre pares en el que los socios intercambian experiencias y aprenden unos de otros para lograr resultados de desarrollo; una iniciativa puede combinarlo con la transferencia de conocimientos.',
      fr: 'Processus d’apprentissage entre pairs à double sens, dans lequel les partenaires échangent leurs expériences et apprennent les uns des autres pour obtenir des résultats de développement ; une initiative peut le combiner avec le transfert de connaissances.',
    },
  },
];

// Each dimension is rated on a 0–4 maturity scale with evidence; the definition describes what a
// mature country has, so raters compare against the same picture.
export const ASSESSMENT_DIMENSION: VocabularySeedItem[] = [
  {
    code: 'ke_strategy',
    label: {
      en: 'Knowledge-exchange strategy',
      es: 'Estrategia de intercambio de conocimientos',
      fr: 'Stratégie d’échange de connaissances',
      pt: 'Estratégia de intercâmbio de conhecimento',
    },
    definition: {
      en: 'The country has a written strategy for knowledge exchange within its South-South cooperation, stating its aims, priorities and partners and how knowledge sharing relates to other modalities.',
      es: 'El país cuenta con una estrategia escrita de intercambio de conocimientos dentro de su cooperación Sur-Sur, que establece sus fines, prioridades y socios y su relación con las demás modalidades.',
      fr: 'Le pays dispose d’une stratégie écrite d’échange de connaissances au sein de sa coopération Sud-Sud, qui en précise les buts, les priorités et les partenaires ainsi que l’articulation avec les autres modalités.',
    },
  },
  {
    code: 'mainstreaming',
    label: {
      en: 'Mainstreaming in national planning',
      es: 'Integración en la planificación nacional',
      fr: 'Intégration dans la planification nationale',
      pt: 'Integração no planejamento nacional',
    },
    definition: {
      en: 'South-South cooperation and knowledge exchange are part of the national development plan and planning system, which helps secure their continuity and public funding.',
      es: 'La cooperación Sur-Sur y el intercambio de conocimientos forman parte del plan nacional de desarrollo y del sistema de planificación, lo que contribuye a asegurar su continuidad y su financiación pública.',
      fr: 'La coopération Sud-Sud et l’échange de connaissances sont inscrits dans le plan national de développement et le système de planification, ce qui contribue à en assurer la pérennité et le financement public.',
    },
  },
  {
    code: 'legal_framework',
    label: {
      en: 'Legal and institutional framework',
      es: 'Marco jurídico e institucional',
      fr: 'Cadre juridique et institutionnel',
      pt: 'Marco jurídico e institucional',
    },
    definition: {
      en: 'Laws, decrees and mandates establish who is responsible for South-South cooperation, with a lead agency whose powers and resources match its role.',
      es: 'Leyes, decretos y mandatos establecen quién es responsable de la cooperación Sur-Sur, con un organismo rector cuyas atribuciones y recursos corresponden a su función.',
      fr: 'Des lois, décrets et mandats établissent qui est responsable de la coopération Sud-Sud, avec une agence chef de file dont les pouvoirs et les ressources sont à la mesure de son rôle.',
    },
  },
  {
    code: 'coordination_mechanism',
    label: {
      en: 'National coordination mechanism',
      es: 'Mecanismo nacional de coordinación',
      fr: 'Mécanisme national de coordination',
      pt: 'Mecanismo nacional de coordenação',
    },
    definition: {
      en: 'A simple mechanism, combining formal and informal ways of working, brings together the ministries and institutions that carry out South-South activities, reducing fragmentation and overlap.',
      es: 'Un mecanismo sencillo, que combina modos de trabajo formales e informales, reúne a los ministerios e instituciones que realizan actividades Sur-Sur y reduce la fragmentación y las duplicaciones.',
      fr: 'Un mécanisme simple, combinant modes de travail formels et informels, réunit les ministères et institutions qui mènent des activités Sud-Sud et réduit la fragmentation et les doublons.',
    },
  },
  {
    code: 'focal_point',
    label: {
      en: 'Focal point for public-sector expertise',
      es: 'Punto focal de la experiencia del sector público',
      fr: 'Point focal de l’expertise du secteur public',
      pt: 'Ponto focal da expertise do setor público',
    },
    definition: {
      en: 'One organisation acts as the single point of access to the country’s public-sector expertise, receiving requests from partners and directing them to the right institution.',
      es: 'Una organización actúa como punto único de acceso a la experiencia del sector público del país: recibe las solicitudes de los socios y las dirige a la institución adecuada.',
      fr: 'Une organisation sert de point d’accès unique à l’expertise du secteur public du pays : elle reçoit les demandes des partenaires et les oriente vers l’institution compétente.',
    },
  },
  {
    code: 'information_systems',
    label: {
      en: 'Information systems and data on SSC',
      es: 'Sistemas de información y datos sobre CSS',
      fr: 'Systèmes d’information et données sur la CSS',
      pt: 'Sistemas de informação e dados sobre CSS',
    },
    definition: {
      en: 'The country records its South-South activities, expertise and flows in a shared information system, so that it can report on them and build support for knowledge exchange.',
      es: 'El país registra sus actividades, su experiencia y sus flujos Sur-Sur en un sistema de información compartido, para poder informar sobre ellos y generar apoyo al intercambio de conocimientos.',
      fr: 'Le pays enregistre ses activités, son expertise et ses flux Sud-Sud dans un système d’information partagé, afin d’en rendre compte et de mobiliser des soutiens en faveur de l’échange de connaissances.',
    },
  },
  {
    code: 'systematisation',
    label: {
      en: 'Systematisation of experiences',
      es: 'Sistematización de experiencias',
      fr: 'Capitalisation des expériences',
      pt: 'Sistematização de experiências',
    },
    definition: {
      en: 'Successful development experiences are identified, documented and packaged so that they can be shared with other countries.',
      es: 'Las experiencias de desarrollo exitosas se identifican, documentan y preparan para poder compartirlas con otros países.',
      fr: 'Les expériences de développement réussies sont identifiées, documentées et mises en forme afin de pouvoir être partagées avec d’autres pays.',
    },
  },
  {
    code: 'monitoring_evaluation',
    label: {
      en: 'Monitoring and evaluation',
      es: 'Seguimiento y evaluación',
      fr: 'Suivi et évaluation',
      pt: 'Monitoramento e avaliação',
    },
    definition: {
      en: 'Exchanges are monitored and evaluated against the development results they aim at, with methods suited to knowledge-based modalities and enough resources to apply them.',
      es: 'Los intercambios se monitorean y evalúan en función de los resultados de desarrollo que persiguen, con métodos adaptados a las modalidades basadas en el conocimiento y recursos suficientes para aplicarlos.',
      fr: 'Les échanges font l’objet d’un suivi et d’une évaluation au regard des résultats de développement visés, avec des méthodes adaptées aux modalités fondées sur le savoir et des ressources suffisantes pour les appliquer.',
    },
  },
  {
    code: 'financing',
    label: {
      en: 'Financing and budget',
      es: 'Financiamiento y presupuesto',
      fr: 'Financement et budget',
      pt: 'Financiamento e orçamento',
    },
    definition: {
      en: 'Knowledge exchange has its own budget line and predictable funding from national resources, complemented where useful by partners’ co-financing.',
      es: 'El intercambio de conocimientos cuenta con una partida presupuestaria propia y una financiación previsible con recursos nacionales, complementada cuando conviene con la cofinanciación de los socios.',
      fr: 'L’échange de connaissances dispose d’une ligne budgétaire propre et d’un financement prévisible sur ressources nationales, complété le cas échéant par le cofinancement des partenaires.',
    },
  },
  {
    code: 'private_sector',
    label: {
      en: 'Private-sector engagement',
      es: 'Participación del sector privado',
      fr: 'Participation du secteur privé',
      pt: 'Participação do setor privado',
    },
    definition: {
      en: 'Private companies take part in knowledge exchange, sharing its costs or contributing management and operational know-how, including through public-private partnerships.',
      es: 'Las empresas privadas participan en el intercambio de conocimientos, compartiendo sus costos o aportando conocimientos de gestión y operación, incluso mediante alianzas público-privadas.',
      fr: 'Les entreprises privées participent à l’échange de connaissances, en partageant ses coûts ou en apportant leur savoir-faire de gestion et d’exploitation, notamment au moyen de partenariats public-privé.',
    },
  },
  {
    code: 'international_partnerships',
    label: {
      en: 'Partnerships with international organisations',
      es: 'Alianzas con organismos internacionales',
      fr: 'Partenariats avec les organisations internationales',
      pt: 'Parcerias com organismos internacionais',
    },
    definition: {
      en: 'The country works with international organisations that broker, facilitate, co-finance or help systematise its exchanges and link it with countries working on similar programmes.',
      es: 'El país colabora con organismos internacionales que intermedian, facilitan, cofinancian o ayudan a sistematizar sus intercambios y lo vinculan con países que trabajan en programas similares.',
      fr: 'Le pays travaille avec des organisations internationales qui servent d’intermédiaires, facilitent, cofinancent ou aident à capitaliser ses échanges et le mettent en relation avec des pays menant des programmes similaires.',
    },
  },
  {
    code: 'political_commitment',
    label: {
      en: 'Political commitment',
      es: 'Compromiso político',
      fr: 'Engagement politique',
      pt: 'Compromisso político',
    },
    definition: {
      en: 'Political leaders give sustained, visible support to South-South knowledge exchange, which is what keeps it going and allows it to scale up.',
      es: 'Los líderes políticos brindan un apoyo sostenido y visible al intercambio de conocimientos Sur-Sur, que es lo que permite mantenerlo y ampliarlo.',
      fr: 'Les responsables politiques apportent un soutien durable et visible à l’échange de connaissances Sud-Sud, ce qui permet de le maintenir et de le développer.',
    },
  },
];
