import { contact, cost, langs, org, party } from './demo-experiences-data-helpers.js';
import type { DemoExperience } from './demo-experiences-types.js';

// Morocco (AMCI): vocational training, rural electrification, soil fertility mapping and rural
// drinking water with West and Central Africa, written in French. Figures are illustrative.

export const MOROCCO_EXPERIENCES: DemoExperience[] = [
  {
    orgKey: 'ma-amci',
    authorEmail: 'ma.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-08-30',
    content: {
      title: {
        fr: 'Formation professionnelle : accueil de stagiaires d’Afrique subsaharienne et appui aux centres de formation partenaires',
        en: 'Vocational training: hosting trainees from sub-Saharan Africa and supporting partner training centres',
      },
      summary: {
        fr: 'Le Maroc accueille chaque année des stagiaires d’Afrique subsaharienne dans ses instituts de formation professionnelle, grâce aux bourses de l’AMCI, et accompagne plusieurs pays dans la création de centres de formation aux métiers du bâtiment, de l’agriculture et du tourisme. Ce récit montre comment l’offre est passée de places de stage isolées à des partenariats entre centres, avec des programmes adaptés aux marchés du travail des pays partenaires. (Demo)',
        en: 'Every year Morocco hosts trainees from sub-Saharan Africa in its vocational training institutes through AMCI scholarships, and supports several countries in setting up training centres for construction, agriculture and tourism trades. This story shows how the offer moved from individual training places to partnerships between centres, with curricula adapted to partner countries’ labour markets. (Demo)',
      },
      challenge: {
        fr: 'Les pays partenaires manquaient de techniciens qualifiés alors que le chômage des jeunes restait élevé. Les formations existantes étaient théoriques et peu liées aux besoins des entreprises.',
      },
      approach: {
        fr: 'Bourses pour des formations diplômantes au Maroc, jumelage entre instituts marocains et centres partenaires, formation de formateurs, appui à l’élaboration de référentiels de compétences selon l’approche par compétences, et missions d’experts pour l’équipement des ateliers.',
      },
      instruments: ['training_programme', 'twinning', 'expert_visit'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 96,
      participants: [
        org('ma-amci', 'provider'),
        party(
          'MA',
          { fr: 'Office de la formation professionnelle et de la promotion du travail' },
          'provider',
        ),
        party('CI', { fr: 'Côte d’Ivoire' }, 'recipient'),
        party('GA', { fr: 'Gabon' }, 'recipient'),
        party('GN', { fr: 'Guinée' }, 'recipient'),
      ],
      results: {
        fr: 'Chiffres illustratifs pour la démonstration : plusieurs milliers de lauréats subsahariens formés ; trois centres partenaires ouverts avec des référentiels élaborés conjointement ; une partie des formateurs partenaires forment désormais eux-mêmes de nouveaux formateurs.',
      },
      didNotWork: {
        fr: 'Certains lauréats n’ont pas trouvé d’emploi à leur retour faute de lien avec les entreprises locales ; l’entretien des équipements a manqué de budget.',
      },
      lessons: {
        fr: 'Associer les employeurs du pays partenaire dès la conception des filières ; prévoir le budget de fonctionnement des centres avant leur inauguration.',
      },
      costs: cost(
        8_000_000,
        'MAD',
        { fr: 'Royaume du Maroc (bourses, formateurs), pays partenaires (locaux)' },
        { fr: 'Montant illustratif pour la démonstration.' },
      ),
      periodStart: 2014,
      periodEnd: 2022,
      sectors: ['11330', '16020'],
      sdgTargets: ['4.4', '8.6', '17.9'],
      modality: 'bilateral',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['enhanced_skills', 'new_actions'],
      assessmentDimensions: ['private_sector', 'financing'],
      contact: contact('Fatima Zahra Benali (demo)'),
      links: [
        { url: 'https://www.amci.ma', title: 'AMCI' },
        { url: 'https://www.ofppt.ma', title: 'OFPPT' },
      ],
      languages: langs('fr', { en: 'reviewed' }),
    },
  },
  {
    orgKey: 'ma-amci',
    authorEmail: 'ma.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2026-01-28',
    content: {
      title: {
        fr: 'Électrification rurale globale : partager l’expérience marocaine avec le Sahel',
        en: 'Comprehensive rural electrification: sharing Morocco’s experience with the Sahel',
      },
      summary: {
        fr: 'En quelques décennies, le Maroc a étendu l’électricité à la quasi-totalité de ses villages grâce à un programme associant réseau, systèmes solaires individuels et participation financière des communes et des ménages. L’office national de l’électricité a partagé cette démarche avec des sociétés d’électricité du Mali, du Niger et du Sénégal : planification, tarification sociale, gestion des abonnés et contrats avec des opérateurs privés pour le solaire. (Demo)',
        en: 'Within a few decades Morocco brought electricity to almost all its villages through a programme combining the grid, solar home systems and financial contributions from municipalities and households. The national electricity office shared this approach with utilities in Mali, Niger and Senegal: planning, social tariffs, customer management and contracts with private operators for solar. (Demo)',
      },
      challenge: {
        fr: 'Dans les pays partenaires, l’accès à l’électricité en milieu rural restait très faible et les programmes d’électrification manquaient de financement durable et de méthodes de planification.',
      },
      approach: {
        fr: 'Visites d’étude des directions régionales et de villages électrifiés, formations en planification et en gestion commerciale, accompagnement à la conception de programmes nationaux et, dans un pays, contrat de gestion confiant l’exploitation d’une zone rurale à l’office marocain.',
      },
      instruments: ['study_tour', 'training_programme', 'expert_visit'],
      activityTypes: ['experiential', 'analytical'],
      deliveryMode: 'face_to_face',
      durationMonths: 60,
      participants: [
        org('ma-amci', 'provider'),
        party('MA', { fr: 'Office national de l’électricité et de l’eau potable' }, 'provider'),
        party('ML', { fr: 'Société d’électricité du Mali' }, 'recipient'),
        party('NE', { fr: 'Société d’électricité du Niger' }, 'recipient'),
        party('SN', { fr: 'Agence sénégalaise d’électrification rurale' }, 'recipient'),
        party(null, { fr: 'Opérateurs privés de systèmes solaires' }, 'private_partner'),
      ],
      results: {
        fr: 'Données illustratives : deux pays ont adopté un plan directeur d’électrification rurale inspiré de la démarche marocaine ; des centaines de villages ont été raccordés dans la zone pilote.',
      },
      didNotWork: {
        fr: 'La contribution financière des ménages, clé au Maroc, a été difficile à appliquer dans des zones où les revenus sont très faibles et irréguliers.',
      },
      lessons: {
        fr: 'Adapter le partage des coûts au pouvoir d’achat local et combiner réseau et solaire selon la densité de population ; la planification nationale est plus transférable que les tarifs.',
      },
      periodStart: 2012,
      periodEnd: 2017,
      sectors: ['23630', '23231', '23111'],
      sdgTargets: ['7.1', '7.2', '17.9'],
      modality: 'bilateral',
      knowledgeModes: ['sharing'],
      outcomes: ['new_knowledge', 'new_actions'],
      assessmentDimensions: ['private_sector', 'financing', 'systematisation'],
      contact: contact('Karim Tazi (demo)'),
      links: [{ url: 'https://www.amci.ma', title: 'AMCI' }],
      languages: langs('fr', { en: 'machine' }),
    },
  },
  {
    orgKey: 'ma-amci',
    authorEmail: 'ma.admin@demo.kxhub.org',
    state: 'published',
    verifiedOn: '2025-07-10',
    content: {
      title: { fr: 'Cartographie de la fertilité des sols et conseil agricole en Afrique de l’Ouest' },
      summary: {
        fr: 'Des chercheurs marocains et une entreprise d’engrais ont accompagné des instituts de recherche agricole d’Afrique de l’Ouest dans la cartographie de la fertilité des sols et la mise au point de recommandations de fertilisation par zone. Le récit décrit le partenariat public-privé, la formation des techniciens et l’utilisation des cartes par les services de vulgarisation. (Demo)',
      },
      challenge: {
        fr: 'Les agriculteurs utilisaient des formules d’engrais uniques, inadaptées aux sols, avec des rendements faibles et des coûts élevés.',
      },
      approach: {
        fr: 'Prélèvements et analyses de sols avec des laboratoires mobiles, formation de techniciens nationaux, élaboration conjointe de cartes et de recommandations, essais de démonstration avec des coopératives.',
      },
      instruments: ['expert_visit', 'training_programme', 'twinning'],
      activityTypes: ['analytical', 'experiential'],
      deliveryMode: 'face_to_face',
      durationMonths: 36,
      participants: [
        org('ma-amci', 'provider'),
        party('MA', { fr: 'Institut marocain de recherche agronomique' }, 'provider'),
        party('CI', { fr: 'Centre national de recherche agronomique de Côte d’Ivoire' }, 'recipient'),
        party('BF', { fr: 'Institut de recherche agricole du Burkina Faso' }, 'recipient'),
        party('MA', { fr: 'Groupe marocain de phosphates et d’engrais' }, 'private_partner'),
      ],
      results: {
        fr: 'Chiffres illustratifs : cartes de fertilité produites pour les principales zones agricoles de deux pays ; sur les parcelles de démonstration, les rendements de maïs ont nettement augmenté avec les formules adaptées.',
      },
      didNotWork: {
        fr: 'Certains partenaires ont perçu le projet comme une promotion commerciale ; la disponibilité des formules adaptées sur les marchés locaux est restée limitée.',
      },
      lessons: {
        fr: 'Clarifier le rôle de l’entreprise privée et publier les données en accès libre ; les recommandations doivent être accompagnées d’une offre d’intrants accessible.',
      },
      periodStart: 2017,
      periodEnd: 2020,
      sectors: ['31130', '31182', '31150'],
      sdgTargets: ['2.3', '2.4', '15.3'],
      modality: 'bilateral',
      knowledgeModes: ['transfer', 'sharing'],
      outcomes: ['new_knowledge', 'enhanced_skills'],
      assessmentDimensions: ['private_sector', 'information_systems'],
      contact: contact('Hicham Alaoui (demo)'),
      links: [{ url: 'https://www.amci.ma', title: 'AMCI' }],
      languages: langs('fr'),
    },
  },
  {
    orgKey: 'ma-amci',
    authorEmail: 'ma.admin@demo.kxhub.org',
    state: 'sent_back',
    reviewComment:
      'Le résumé est trop long pour un lecteur qui survole la bibliothèque : il reprend tout le contexte et la démarche. Réduisez-le à quatre ou cinq phrases (environ 80 mots) centrées sur ce qui a changé. Précisez aussi la source des chiffres de résultats.',
    content: {
      title: { fr: 'Eau potable en milieu rural : bornes-fontaines et gestion communautaire au Niger' },
      summary: {
        fr: 'Au Niger, une grande partie de la population rurale n’a pas accès à une source d’eau potable améliorée, et les forages existants tombent souvent en panne faute d’entretien et de gestion. Les services de l’hydraulique cherchaient des modèles de gestion durable. L’office marocain de l’électricité et de l’eau potable, qui a généralisé l’accès à l’eau dans les campagnes marocaines en combinant branchements, bornes-fontaines et associations d’usagers, a partagé son expérience avec le ministère nigérien de l’hydraulique. L’échange a comporté des visites d’étude au Maroc, dans des douars équipés de bornes-fontaines gérées par des gardiens rémunérés, des formations de techniciens nigériens à la maintenance et à la qualité de l’eau, un appui à la rédaction de contrats de délégation de gestion, puis des missions d’experts marocains dans deux régions pilotes pour accompagner la mise en place de comités de gestion et d’une tarification au volume. Les résultats montrent une amélioration de la disponibilité des points d’eau dans les régions pilotes. (Demo)',
      },
      challenge: {
        fr: 'Pannes fréquentes des forages, absence de tarification couvrant l’entretien, comités de gestion peu formés.',
      },
      approach: {
        fr: 'Visites d’étude au Maroc, formation de techniciens, appui aux contrats de délégation, missions d’experts dans deux régions pilotes.',
      },
      instruments: ['study_tour', 'training_programme', 'expert_visit'],
      activityTypes: ['experiential', 'presentation'],
      deliveryMode: 'face_to_face',
      durationMonths: 30,
      participants: [
        org('ma-amci', 'provider'),
        party('MA', { fr: 'Office national de l’électricité et de l’eau potable' }, 'provider'),
        party('NE', { fr: 'Ministère de l’hydraulique du Niger' }, 'recipient'),
      ],
      results: {
        fr: 'Les points d’eau fonctionnent mieux dans les régions pilotes et les comités de gestion sont plus actifs.',
      },
      didNotWork: { fr: 'La tarification au volume a été mal acceptée au début dans certains villages.' },
      lessons: { fr: 'Impliquer les chefs de village dans la fixation des tarifs dès le départ.' },
      periodStart: 2016,
      periodEnd: 2018,
      sectors: ['14031', '14081'],
      sdgTargets: ['6.1', '6.b'],
      modality: 'bilateral',
      knowledgeModes: ['transfer'],
      outcomes: ['enhanced_skills'],
      assessmentDimensions: ['systematisation'],
      contact: contact('Nadia Berrada (demo)'),
      links: [{ url: 'https://www.amci.ma', title: 'AMCI' }],
      languages: langs('fr'),
    },
  },
];
