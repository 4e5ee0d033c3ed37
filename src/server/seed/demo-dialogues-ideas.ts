import type { DemoTopic } from './demo-dialogues-types.js';

/**
 * The key ideas of the June 2011 dialogue under their topics, as the seed document gives them
 * ("Key ideas emerging from this dialogue"): the English is the source's wording; Spanish and
 * French are translations for the demo. Ideas carry an `assessment_dimension` code where one
 * clearly fits, and the focal-point idea also the DAC sector of public-sector management.
 */
export const JUNE_2011_TOPICS: DemoTopic[] = [
  {
    title: {
      en: 'Understanding of KE concept is limited even among cooperation actors',
      es: 'La comprensión del concepto de intercambio de conocimientos es limitada incluso entre los actores de la cooperación',
      fr: 'La notion d’échange de connaissances reste mal comprise, même parmi les acteurs de la coopération',
    },
    ideas: [
      {
        text: {
          en: 'Knowledge exchange is seen as relatively abstract by many national actors.',
          es: 'Muchos actores nacionales perciben el intercambio de conocimientos como algo relativamente abstracto.',
          fr: 'De nombreux acteurs nationaux perçoivent l’échange de connaissances comme une notion relativement abstraite.',
        },
      },
      {
        dimension: 'ke_strategy',
        text: {
          en: 'Links between broader SSC and KE are not always clear; this problem is particularly evident when differentiating technical assistance and knowledge sharing.',
          es: 'Los vínculos entre la cooperación Sur-Sur en sentido amplio y el intercambio de conocimientos no siempre son claros; el problema se nota sobre todo al distinguir entre asistencia técnica e intercambio de conocimientos.',
          fr: 'Les liens entre la coopération Sud-Sud au sens large et l’échange de connaissances ne sont pas toujours clairs ; le problème apparaît surtout lorsqu’il faut distinguer l’assistance technique du partage de connaissances.',
        },
      },
      {
        text: {
          en: 'This implies the need for efforts to improve understanding about the value of knowledge for development within each country’s cooperation system.',
          es: 'Esto exige esfuerzos para mejorar la comprensión del valor del conocimiento para el desarrollo dentro del sistema de cooperación de cada país.',
          fr: 'Il faut donc mieux faire comprendre la valeur du savoir pour le développement au sein du système de coopération de chaque pays.',
        },
      },
      {
        dimension: 'ke_strategy',
        text: {
          en: 'In any case, other modalities of SSC also contribute to development goals and may complement KE.',
          es: 'En todo caso, otras modalidades de cooperación Sur-Sur también contribuyen a los objetivos de desarrollo y pueden complementar el intercambio de conocimientos.',
          fr: 'Quoi qu’il en soit, d’autres modalités de coopération Sud-Sud contribuent aussi aux objectifs de développement et peuvent compléter l’échange de connaissances.',
        },
      },
    ],
  },
  {
    title: {
      en: 'Strategy and mainstreaming of KE in national planning',
      es: 'Estrategia e integración del intercambio de conocimientos en la planificación nacional',
      fr: 'Stratégie et intégration de l’échange de connaissances dans la planification nationale',
    },
    ideas: [
      {
        dimension: 'ke_strategy',
        text: {
          en: 'For the most part countries have not developed a KE strategy.',
          es: 'En su mayoría, los países no han elaborado una estrategia de intercambio de conocimientos.',
          fr: 'Pour la plupart, les pays n’ont pas élaboré de stratégie d’échange de connaissances.',
        },
      },
      {
        dimension: 'mainstreaming',
        text: {
          en: 'Some countries have mainstreamed SSC by including it in their national planning system, thereby ensuring sustainability and public financing.',
          es: 'Algunos países han integrado la cooperación Sur-Sur en su sistema nacional de planificación, lo que asegura su sostenibilidad y su financiamiento público.',
          fr: 'Certains pays ont intégré la coopération Sud-Sud dans leur système national de planification, ce qui en garantit la pérennité et le financement public.',
        },
      },
      {
        text: {
          en: 'Broader efforts to strengthen SSC institutional capacities may help to capitalize KS efforts.',
          es: 'Los esfuerzos más amplios por fortalecer las capacidades institucionales de cooperación Sur-Sur pueden ayudar a aprovechar el intercambio de conocimientos.',
          fr: 'Des efforts plus larges de renforcement des capacités institutionnelles de coopération Sud-Sud peuvent aider à tirer parti du partage de connaissances.',
        },
      },
      {
        dimension: 'political_commitment',
        text: {
          en: 'Sustained political commitment is key to maintaining or scaling up SSKE.',
          es: 'Un compromiso político sostenido es clave para mantener o ampliar el intercambio de conocimientos Sur-Sur.',
          fr: 'Un engagement politique durable est essentiel pour maintenir ou développer l’échange de connaissances Sud-Sud.',
        },
      },
    ],
  },
  {
    title: {
      en: 'Managing the shift from knowledge transfer to knowledge sharing',
      es: 'Gestionar el paso de la transferencia al intercambio de conocimientos',
      fr: 'Gérer le passage du transfert au partage de connaissances',
    },
    ideas: [
      {
        text: {
          en: 'Many countries are primarily engaged in knowledge transfer (KT): a unilateral transmission of experience, know-how, best practice, sometimes based on “packaged training programs”, but also responding to partner country demands.',
          es: 'Muchos países se dedican sobre todo a la transferencia de conocimientos: una transmisión unilateral de experiencias, saber hacer y buenas prácticas, a veces basada en “programas de capacitación empaquetados”, pero que también responde a las demandas de los países socios.',
          fr: 'Beaucoup de pays pratiquent surtout le transfert de connaissances : une transmission unilatérale d’expérience, de savoir-faire et de bonnes pratiques, parfois fondée sur des « programmes de formation clés en main », mais répondant aussi aux demandes des pays partenaires.',
        },
      },
      {
        text: {
          en: 'The transition from KT to knowledge sharing (which does not necessarily imply completely foregoing KT activities) is challenging, but some countries have interesting lessons to offer.',
          es: 'La transición de la transferencia al intercambio de conocimientos (que no implica necesariamente abandonar del todo la transferencia) es difícil, pero algunos países tienen lecciones interesantes que ofrecer.',
          fr: 'Le passage du transfert au partage de connaissances (qui n’implique pas forcément de renoncer à tout transfert) est difficile, mais certains pays ont des enseignements intéressants à partager.',
        },
      },
      {
        dimension: 'systematisation',
        text: {
          en: 'Key experiences must be identified and systematized in order to be shared.',
          es: 'Las experiencias clave deben identificarse y sistematizarse para poder compartirlas.',
          fr: 'Les expériences clés doivent être repérées et capitalisées pour pouvoir être partagées.',
        },
      },
      {
        text: {
          en: 'Some countries believe sharing experiences can also be the basis for joint activities.',
          es: 'Algunos países consideran que compartir experiencias también puede ser la base de actividades conjuntas.',
          fr: 'Certains pays estiment que le partage d’expériences peut aussi servir de base à des activités conjointes.',
        },
      },
    ],
  },
  {
    title: {
      en: 'Knowledge sharing is about development results',
      es: 'Compartir conocimientos es cuestión de resultados de desarrollo',
      fr: 'Le partage de connaissances vise des résultats de développement',
    },
    ideas: [
      {
        dimension: 'monitoring_evaluation',
        text: {
          en: 'Knowledge sharing is not just about sharing knowledge; it must be about development results.',
          es: 'Compartir conocimientos no consiste solo en compartir conocimientos: debe apuntar a resultados de desarrollo.',
          fr: 'Partager des connaissances ne se limite pas à partager des savoirs : il doit s’agir de résultats de développement.',
        },
      },
      {
        dimension: 'monitoring_evaluation',
        text: {
          en: 'This brings up the challenge of how to evaluate knowledge-based modalities.',
          es: 'Esto plantea el reto de cómo evaluar las modalidades basadas en el conocimiento.',
          fr: 'Se pose alors la question de l’évaluation des modalités fondées sur le savoir.',
        },
      },
      {
        dimension: 'monitoring_evaluation',
        text: {
          en: 'More resources need to be invested in monitoring and evaluation (M&E) systems.',
          es: 'Es necesario invertir más recursos en sistemas de seguimiento y evaluación.',
          fr: 'Il faut investir davantage de ressources dans les systèmes de suivi et d’évaluation.',
        },
      },
    ],
  },
  {
    title: {
      en: 'The coordination challenge',
      es: 'El reto de la coordinación',
      fr: 'Le défi de la coordination',
    },
    ideas: [
      {
        dimension: 'coordination_mechanism',
        text: {
          en: 'SSC activities are often fragmented and implemented by numerous ministries and institutions.',
          es: 'Las actividades de cooperación Sur-Sur suelen estar fragmentadas y las ejecutan numerosos ministerios e instituciones.',
          fr: 'Les activités de coopération Sud-Sud sont souvent fragmentées et mises en œuvre par de nombreux ministères et institutions.',
        },
      },
      {
        dimension: 'coordination_mechanism',
        text: {
          en: 'Some countries are attempting to advance by creating national coordination mechanisms.',
          es: 'Algunos países intentan avanzar creando mecanismos nacionales de coordinación.',
          fr: 'Certains pays cherchent à progresser en créant des mécanismes nationaux de coordination.',
        },
      },
      {
        dimension: 'focal_point',
        sector: '15110',
        text: {
          en: 'One organization became a focal point of access for its country’s public sector expertise.',
          es: 'Una organización se convirtió en el punto focal de acceso a la experiencia del sector público de su país.',
          fr: 'Une organisation est devenue le point d’accès à l’expertise du secteur public de son pays.',
        },
      },
      {
        dimension: 'coordination_mechanism',
        text: {
          en: 'Coordination mechanisms should be kept simple, combining formal and informal modes.',
          es: 'Los mecanismos de coordinación deben ser sencillos y combinar modos formales e informales.',
          fr: 'Les mécanismes de coordination doivent rester simples et combiner modes formels et informels.',
        },
      },
    ],
  },
  {
    title: {
      en: 'Financing knowledge sharing can be challenging',
      es: 'Financiar el intercambio de conocimientos puede ser difícil',
      fr: 'Financer le partage de connaissances peut être difficile',
    },
    ideas: [
      {
        dimension: 'financing',
        text: {
          en: 'For many countries financial constraints limit the potential to expand and improve KE.',
          es: 'Para muchos países, las limitaciones financieras restringen las posibilidades de ampliar y mejorar el intercambio de conocimientos.',
          fr: 'Pour de nombreux pays, les contraintes financières limitent les possibilités d’étendre et d’améliorer l’échange de connaissances.',
        },
      },
      {
        dimension: 'financing',
        text: {
          en: 'Since KE activities are relatively limited in scale compared with other SSC flows, they are given less priority in national decisions on allocations for SSC.',
          es: 'Como las actividades de intercambio de conocimientos son de escala relativamente limitada frente a otros flujos de cooperación Sur-Sur, reciben menos prioridad en las decisiones nacionales de asignación de recursos para la cooperación Sur-Sur.',
          fr: 'Les activités d’échange de connaissances étant d’une ampleur relativement limitée par rapport aux autres flux de coopération Sud-Sud, elles reçoivent moins de priorité dans les décisions nationales d’allocation des ressources de la coopération Sud-Sud.',
        },
      },
      {
        dimension: 'financing',
        text: {
          en: 'External support can be key for financing and as advocates for increased local funding.',
          es: 'El apoyo externo puede ser clave para el financiamiento y para abogar por más fondos nacionales.',
          fr: 'L’appui extérieur peut être déterminant pour le financement et pour plaider en faveur de davantage de fonds nationaux.',
        },
      },
    ],
  },
  {
    title: {
      en: 'The role of the private sector in KE',
      es: 'El papel del sector privado en el intercambio de conocimientos',
      fr: 'Le rôle du secteur privé dans l’échange de connaissances',
    },
    ideas: [
      {
        dimension: 'private_sector',
        text: {
          en: 'The role of the private sector in KE requires more analysis in order to determine how to attract these actors to participate in country-led initiatives.',
          es: 'El papel del sector privado en el intercambio de conocimientos requiere más análisis para determinar cómo atraer a estos actores a las iniciativas lideradas por los países.',
          fr: 'Le rôle du secteur privé dans l’échange de connaissances demande une analyse plus poussée pour savoir comment attirer ces acteurs dans les initiatives pilotées par les pays.',
        },
      },
      {
        dimension: 'private_sector',
        text: {
          en: 'In one country the private sector is sharing in costs and contributing its management and operational knowledge to KE activities.',
          es: 'En un país, el sector privado comparte los costos y aporta sus conocimientos de gestión y operación a las actividades de intercambio de conocimientos.',
          fr: 'Dans un pays, le secteur privé partage les coûts et apporte son savoir-faire de gestion et d’exploitation aux activités d’échange de connaissances.',
        },
      },
      {
        dimension: 'private_sector',
        text: {
          en: 'Public-Private partnerships (PPP) may be important for KE, not just as a mechanism to integrate private actors, but also as a subject on which countries can learn from each other.',
          es: 'Las alianzas público-privadas pueden ser importantes para el intercambio de conocimientos, no solo como mecanismo para integrar a los actores privados, sino también como un tema en el que los países pueden aprender unos de otros.',
          fr: 'Les partenariats public-privé peuvent compter pour l’échange de connaissances, non seulement comme moyen d’associer les acteurs privés, mais aussi comme sujet sur lequel les pays peuvent apprendre les uns des autres.',
        },
      },
    ],
  },
  {
    title: {
      en: 'The role of external actors in supporting SSKE',
      es: 'El papel de los actores externos en el apoyo al intercambio de conocimientos Sur-Sur',
      fr: 'Le rôle des acteurs extérieurs dans l’appui à l’échange de connaissances Sud-Sud',
    },
    ideas: [
      {
        dimension: 'international_partnerships',
        text: {
          en: 'Joining forces with international organizations has helped some countries be more systematic in engaging partners.',
          es: 'Unir fuerzas con organismos internacionales ha ayudado a algunos países a relacionarse con sus socios de forma más sistemática.',
          fr: 'S’associer à des organisations internationales a aidé certains pays à travailler de façon plus systématique avec leurs partenaires.',
        },
      },
      {
        dimension: 'international_partnerships',
        text: {
          en: 'When working with external actors, a country may be exposed to new sources of knowledge through those actors’ broad international contact base.',
          es: 'Al trabajar con actores externos, un país puede acceder a nuevas fuentes de conocimiento gracias a la amplia red internacional de contactos de esos actores.',
          fr: 'En travaillant avec des acteurs extérieurs, un pays peut accéder à de nouvelles sources de connaissances grâce à leur vaste réseau de contacts internationaux.',
        },
      },
      {
        dimension: 'international_partnerships',
        text: {
          en: 'International organizations could be more active, looking for ways to use their on-going programs as a way to advance in SSKE, responding to countries’ specific needs (i.e. linking countries working on similar programs).',
          es: 'Los organismos internacionales podrían ser más activos y buscar cómo usar sus programas en curso para avanzar en el intercambio de conocimientos Sur-Sur, respondiendo a las necesidades específicas de los países (por ejemplo, vinculando a países que trabajan en programas similares).',
          fr: 'Les organisations internationales pourraient être plus actives et chercher à utiliser leurs programmes en cours pour faire progresser l’échange de connaissances Sud-Sud, en répondant aux besoins propres des pays (par exemple en reliant des pays qui mènent des programmes similaires).',
        },
      },
      {
        dimension: 'financing',
        text: {
          en: 'This implies financing for SSKE from normal operations; not just SSC-related funds.',
          es: 'Esto implica financiar el intercambio de conocimientos Sur-Sur con las operaciones ordinarias, y no solo con fondos destinados a la cooperación Sur-Sur.',
          fr: 'Cela suppose de financer l’échange de connaissances Sud-Sud sur les opérations courantes, et pas seulement sur des fonds dédiés à la coopération Sud-Sud.',
        },
      },
      {
        dimension: 'international_partnerships',
        text: {
          en: 'Other potential roles of international organizations: helping to systematize KE experiences, involving Southern-based academics and universities; as brokers of financial resources from various sources; coordinating and facilitation role between countries; helping to develop tools to standardize information about building KE; creating partnerships between practitioners and policymakers (one idea mentioned was the creation of a “knowledge sharing network”).',
          es: 'Otras funciones posibles de los organismos internacionales: ayudar a sistematizar experiencias de intercambio de conocimientos con la participación de académicos y universidades del Sur; actuar como intermediarios de recursos financieros de diversas fuentes; coordinar y facilitar entre países; ayudar a desarrollar herramientas para estandarizar la información sobre la construcción del intercambio de conocimientos; crear alianzas entre profesionales y responsables de políticas (se mencionó la idea de una “red de intercambio de conocimientos”).',
          fr: 'Autres rôles possibles des organisations internationales : aider à capitaliser les expériences d’échange de connaissances en associant des universitaires et des universités du Sud ; servir d’intermédiaires pour des ressources financières de sources diverses ; coordonner et faciliter les relations entre pays ; aider à mettre au point des outils pour normaliser l’information sur la construction de l’échange de connaissances ; créer des partenariats entre praticiens et décideurs (l’idée d’un « réseau de partage de connaissances » a été évoquée).',
        },
      },
      {
        dimension: 'international_partnerships',
        text: {
          en: 'In any case external actors provide different things: each country must identify what are its specific needs and who is best placed to help meet them.',
          es: 'En todo caso, los actores externos aportan cosas distintas: cada país debe identificar sus necesidades específicas y quién está en mejores condiciones de ayudar a satisfacerlas.',
          fr: 'Quoi qu’il en soit, les acteurs extérieurs apportent des choses différentes : chaque pays doit déterminer ses besoins propres et qui est le mieux placé pour l’aider à y répondre.',
        },
      },
      {
        dimension: 'international_partnerships',
        text: {
          en: 'External actors should work more closely together, establishing mechanisms for some sort of division of labor. In this regard, the G-20 mandate on KE is a key step forward.',
          es: 'Los actores externos deberían trabajar más estrechamente entre sí y establecer mecanismos para algún tipo de división del trabajo. En este sentido, el mandato del G-20 sobre intercambio de conocimientos es un paso clave.',
          fr: 'Les acteurs extérieurs devraient travailler plus étroitement ensemble et mettre en place des mécanismes permettant une forme de division du travail. À cet égard, le mandat du G20 sur l’échange de connaissances est une avancée essentielle.',
        },
      },
    ],
  },
];
