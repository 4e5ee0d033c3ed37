import type { VocabularySeedItem } from './vocabulary-types.js';

/** One level's description, in the three complete languages. */
export type RubricText = VocabularySeedItem['definition'];

/**
 * The seeded rubric of the capacity self-assessment: for each dimension of the
 * `assessment_dimension` vocabulary, what levels 0 (nothing in place) to 4 (mature, sustained)
 * look like. Loaded by the reference sync into assessment_rubric_levels for levels nobody has
 * edited; administrators edit it afterwards, so the database is the source of truth once seeded.
 */
export const ASSESSMENT_RUBRIC: Record<
  string,
  readonly [RubricText, RubricText, RubricText, RubricText, RubricText]
> = {
  ke_strategy: [
    // Level 0
    {
      en: 'There is no written strategy or policy statement on knowledge exchange; exchanges take place only when a partner asks for them.',
      es: 'No existe una estrategia escrita ni una declaración de política sobre intercambio de conocimientos; los intercambios solo se realizan cuando un socio los solicita.',
      fr: 'Il n’existe ni stratégie écrite ni déclaration de politique sur l’échange de connaissances ; les échanges n’ont lieu qu’à la demande d’un partenaire.',
    },
    // Level 1
    {
      en: 'Knowledge exchange is mentioned in speeches or in general cooperation documents, but its aims, priorities and partners are not set down in writing.',
      es: 'El intercambio de conocimientos se menciona en discursos o en documentos generales de cooperación, pero sus fines, prioridades y socios no están definidos por escrito.',
      fr: 'L’échange de connaissances est évoqué dans des discours ou des documents généraux de coopération, mais ses buts, ses priorités et ses partenaires ne sont pas définis par écrit.',
    },
    // Level 2
    {
      en: 'A knowledge-exchange strategy (or a chapter of the cooperation policy) setting aims and priorities is drafted or partly adopted, but is not yet used to select or plan exchanges.',
      es: 'Se ha redactado o aprobado parcialmente una estrategia de intercambio de conocimientos (o un capítulo de la política de cooperación) con fines y prioridades, pero aún no se usa para seleccionar ni planificar los intercambios.',
      fr: 'Une stratégie d’échange de connaissances (ou un chapitre de la politique de coopération) fixant buts et priorités est rédigée ou partiellement adoptée, mais ne sert pas encore à choisir ni à planifier les échanges.',
    },
    // Level 3
    {
      en: 'An officially adopted strategy sets aims, priority sectors and partners and distinguishes knowledge sharing from one-way transfer and technical assistance; exchanges are planned and selected against it.',
      es: 'Una estrategia aprobada oficialmente fija fines, sectores prioritarios y socios, y distingue el intercambio de conocimientos de la transferencia unilateral y la asistencia técnica; los intercambios se planifican y seleccionan conforme a ella.',
      fr: 'Une stratégie officiellement adoptée fixe les buts, les secteurs prioritaires et les partenaires, et distingue le partage de connaissances du transfert unilatéral et de l’assistance technique ; les échanges sont planifiés et choisis sur cette base.',
    },
    // Level 4
    {
      en: 'The strategy is reviewed on a fixed cycle in the light of evaluation results, covers both offering and seeking knowledge, and is published and shared with peer countries.',
      es: 'La estrategia se revisa con una periodicidad fija a la luz de los resultados de las evaluaciones, abarca tanto la oferta como la demanda de conocimientos, y se publica y comparte con otros países del Sur.',
      fr: 'La stratégie est révisée à intervalles fixes à la lumière des évaluations, couvre à la fois l’offre et la demande de connaissances, et elle est publiée et partagée avec d’autres pays du Sud.',
    },
  ],
  mainstreaming: [
    // Level 0
    {
      en: 'South-South cooperation and knowledge exchange do not appear in the national development plan or in sector plans.',
      es: 'La cooperación Sur-Sur y el intercambio de conocimientos no figuran en el plan nacional de desarrollo ni en los planes sectoriales.',
      fr: 'La coopération Sud-Sud et l’échange de connaissances ne figurent ni dans le plan national de développement ni dans les plans sectoriels.',
    },
    // Level 1
    {
      en: 'The national plan mentions South-South cooperation in general terms, without objectives, responsible institutions or resources.',
      es: 'El plan nacional menciona la cooperación Sur-Sur en términos generales, sin objetivos, instituciones responsables ni recursos.',
      fr: 'Le plan national mentionne la coopération Sud-Sud en termes généraux, sans objectifs, institutions responsables ni ressources.',
    },
    // Level 2
    {
      en: 'The national plan or some sector plans include South-South cooperation objectives, but these are not yet linked to the budget, to targets or to the planning cycle.',
      es: 'El plan nacional o algunos planes sectoriales incluyen objetivos de cooperación Sur-Sur, pero estos aún no están vinculados al presupuesto, a metas ni al ciclo de planificación.',
      fr: 'Le plan national ou certains plans sectoriels comportent des objectifs de coopération Sud-Sud, mais ceux-ci ne sont pas encore reliés au budget, à des cibles ni au cycle de planification.',
    },
    // Level 3
    {
      en: 'South-South cooperation and knowledge exchange are part of the national planning system, with objectives, responsible institutions, targets and public funding set in the plan.',
      es: 'La cooperación Sur-Sur y el intercambio de conocimientos forman parte del sistema nacional de planificación, con objetivos, instituciones responsables, metas y financiamiento público previstos en el plan.',
      fr: 'La coopération Sud-Sud et l’échange de connaissances font partie du système national de planification, avec des objectifs, des institutions responsables, des cibles et un financement public prévus dans le plan.',
    },
    // Level 4
    {
      en: 'Their place in national and sector planning has carried over successive plans and changes of government, secures public funding and is reported on in plan reviews; the approach is shared with peer countries.',
      es: 'Su inclusión en la planificación nacional y sectorial se ha mantenido en planes sucesivos y cambios de gobierno, asegura financiamiento público y se informa en las revisiones del plan; el enfoque se comparte con otros países del Sur.',
      fr: 'Leur inscription dans la planification nationale et sectorielle s’est maintenue au fil des plans et des changements de gouvernement, garantit un financement public et figure dans les revues du plan ; l’approche est partagée avec d’autres pays du Sud.',
    },
  ],
  legal_framework: [
    // Level 0
    {
      en: 'No law, decree or formal mandate assigns responsibility for South-South cooperation; no institution is designated to lead it.',
      es: 'Ninguna ley, decreto ni mandato formal asigna la responsabilidad de la cooperación Sur-Sur; ninguna institución está designada para conducirla.',
      fr: 'Aucune loi, aucun décret ni aucun mandat formel n’attribue la responsabilité de la coopération Sud-Sud ; aucune institution n’est désignée pour la piloter.',
    },
    // Level 1
    {
      en: 'Responsibility is assigned informally or by an internal or temporary instruction; the unit in charge has no clear mandate of its own.',
      es: 'La responsabilidad se asigna de manera informal o mediante una instrucción interna o temporal; la unidad a cargo no tiene un mandato propio claro.',
      fr: 'La responsabilité est attribuée de façon informelle ou par une instruction interne ou temporaire ; l’unité chargée du dossier n’a pas de mandat propre clairement défini.',
    },
    // Level 2
    {
      en: 'A decree, regulation or draft law designates a lead agency, but its mandate, powers or resources are incomplete or overlap with those of other bodies.',
      es: 'Un decreto, reglamento o proyecto de ley designa un organismo rector, pero su mandato, atribuciones o recursos son incompletos o se superponen con los de otras entidades.',
      fr: 'Un décret, un règlement ou un projet de loi désigne une agence chef de file, mais son mandat, ses pouvoirs ou ses ressources sont incomplets ou empiètent sur ceux d’autres organismes.',
    },
    // Level 3
    {
      en: 'A law or decree in force establishes the lead agency and the roles of other institutions, and the agency has the staff and budget it needs to exercise its mandate.',
      es: 'Una ley o decreto vigente establece el organismo rector y las funciones de las demás instituciones, y el organismo cuenta con el personal y el presupuesto necesarios para ejercer su mandato.',
      fr: 'Une loi ou un décret en vigueur institue l’agence chef de file et fixe le rôle des autres institutions, et l’agence dispose du personnel et du budget nécessaires pour exercer son mandat.',
    },
    // Level 4
    {
      en: 'The framework has been in force for several years, is updated when needed and applied consistently across government, and its design is shared with peer countries.',
      es: 'El marco lleva varios años en vigor, se actualiza cuando es necesario y se aplica de manera coherente en toda la administración, y su diseño se comparte con otros países del Sur.',
      fr: 'Le cadre est en vigueur depuis plusieurs années, il est actualisé si nécessaire et appliqué de façon cohérente dans toute l’administration, et sa conception est partagée avec d’autres pays du Sud.',
    },
  ],
  coordination_mechanism: [
    // Level 0
    {
      en: 'There is no mechanism to coordinate South-South activities; ministries and institutions act separately and do not know what the others are doing.',
      es: 'No existe ningún mecanismo de coordinación de las actividades Sur-Sur; los ministerios e instituciones actúan por separado y desconocen lo que hacen los demás.',
      fr: 'Il n’existe aucun mécanisme de coordination des activités Sud-Sud ; les ministères et institutions agissent séparément et ignorent ce que font les autres.',
    },
    // Level 1
    {
      en: 'Coordination relies on informal contacts or on meetings called now and then for a specific exchange; there is no standing body or routine.',
      es: 'La coordinación se basa en contactos informales o en reuniones convocadas ocasionalmente para un intercambio concreto; no hay una instancia permanente ni una rutina establecida.',
      fr: 'La coordination repose sur des contacts informels ou sur des réunions convoquées ponctuellement pour un échange précis ; il n’y a ni instance permanente ni routine établie.',
    },
    // Level 2
    {
      en: 'A coordination body or network exists on paper or meets irregularly, and only some of the ministries and institutions involved take part.',
      es: 'Existe una instancia o red de coordinación en el papel o que se reúne de forma irregular, y solo participan algunos de los ministerios e instituciones involucrados.',
      fr: 'Une instance ou un réseau de coordination existe sur le papier ou se réunit de manière irrégulière, et seule une partie des ministères et institutions concernés y participe.',
    },
    // Level 3
    {
      en: 'A standing mechanism with defined members, terms of reference and regular meetings brings the main actors together, combining formal meetings with informal working contacts.',
      es: 'Un mecanismo permanente, con miembros definidos, términos de referencia y reuniones periódicas, reúne a los principales actores y combina reuniones formales con contactos de trabajo informales.',
      fr: 'Un mécanisme permanent, doté de membres définis, de termes de référence et de réunions régulières, réunit les principaux acteurs en combinant réunions formelles et contacts de travail informels.',
    },
    // Level 4
    {
      en: 'The mechanism covers all the actors involved, stays simple, visibly reduces duplication (for example through a joint work programme), is reviewed periodically, and its experience is shared with peer countries.',
      es: 'El mecanismo abarca a todos los actores involucrados, sigue siendo sencillo, reduce de forma visible las duplicaciones (por ejemplo, con un programa de trabajo conjunto), se revisa periódicamente y su experiencia se comparte con otros países del Sur.',
      fr: 'Le mécanisme couvre tous les acteurs concernés, reste simple, réduit visiblement les doublons (par exemple grâce à un programme de travail commun), il est revu périodiquement, et son expérience est partagée avec d’autres pays du Sud.',
    },
  ],
  focal_point: [
    // Level 0
    {
      en: 'No organisation is designated as the point of access to the country’s public-sector expertise; partners’ requests reach institutions haphazardly.',
      es: 'Ninguna organización está designada como punto de acceso a la experiencia del sector público del país; las solicitudes de los socios llegan a las instituciones de manera dispersa.',
      fr: 'Aucune organisation n’est désignée comme point d’accès à l’expertise du secteur public du pays ; les demandes des partenaires parviennent aux institutions de manière dispersée.',
    },
    // Level 1
    {
      en: 'A unit or official handles some partners’ requests informally, without a mandate as focal point or a list of the expertise available.',
      es: 'Una unidad o un funcionario atiende algunas solicitudes de los socios de manera informal, sin mandato como punto focal ni un listado de la experiencia disponible.',
      fr: 'Une unité ou un agent traite certaines demandes des partenaires de façon informelle, sans mandat de point focal ni liste de l’expertise disponible.',
    },
    // Level 2
    {
      en: 'A focal point has been designated, but it covers only part of the public sector or lacks the staff and procedures to handle requests systematically.',
      es: 'Se ha designado un punto focal, pero solo abarca una parte del sector público o carece del personal y los procedimientos para tramitar las solicitudes de forma sistemática.',
      fr: 'Un point focal a été désigné, mais il ne couvre qu’une partie du secteur public ou manque du personnel et des procédures nécessaires pour traiter les demandes de façon systématique.',
    },
    // Level 3
    {
      en: 'A designated focal point receives partners’ requests through a known procedure, directs them to the right institution and follows them up, using a directory of public-sector expertise.',
      es: 'Un punto focal designado recibe las solicitudes de los socios mediante un procedimiento conocido, las dirige a la institución adecuada y les da seguimiento, con el apoyo de un directorio de expertos del sector público.',
      fr: 'Un point focal désigné reçoit les demandes des partenaires selon une procédure connue, les oriente vers l’institution compétente et en assure le suivi, en s’appuyant sur un répertoire de l’expertise du secteur public.',
    },
    // Level 4
    {
      en: 'The focal point is known to partners, answers requests within set time limits, keeps its directory of expertise up to date, and advises peer countries setting up similar arrangements.',
      es: 'El punto focal es conocido por los socios, responde a las solicitudes en plazos establecidos, mantiene actualizado su directorio de expertos y asesora a otros países del Sur que crean mecanismos similares.',
      fr: 'Le point focal est connu des partenaires, répond aux demandes dans des délais fixés, tient à jour son répertoire d’expertise et conseille d’autres pays du Sud qui mettent en place des dispositifs similaires.',
    },
  ],
  information_systems: [
    // Level 0
    {
      en: 'No records of South-South activities, expertise or flows are kept beyond each institution’s own files.',
      es: 'No se llevan registros de las actividades, la experiencia ni los flujos Sur-Sur más allá de los archivos propios de cada institución.',
      fr: 'Aucun relevé des activités, de l’expertise ou des flux Sud-Sud n’est tenu en dehors des dossiers propres à chaque institution.',
    },
    // Level 1
    {
      en: 'Some institutions keep their own lists or spreadsheets of activities, but the data are incomplete, not comparable and not compiled at national level.',
      es: 'Algunas instituciones llevan sus propias listas u hojas de cálculo de actividades, pero los datos son incompletos, no son comparables y no se consolidan a nivel nacional.',
      fr: 'Certaines institutions tiennent leurs propres listes ou tableurs d’activités, mais les données sont incomplètes, non comparables et ne sont pas consolidées au niveau national.',
    },
    // Level 2
    {
      en: 'A national register or database is being set up or covers only some institutions or types of activity; national figures can only be compiled by hand.',
      es: 'Se está creando un registro o base de datos nacional, o este solo abarca algunas instituciones o tipos de actividad; las cifras nacionales solo pueden consolidarse manualmente.',
      fr: 'Une base de données ou un registre national est en cours de création ou ne couvre que certaines institutions ou certains types d’activité ; les chiffres nationaux ne peuvent être consolidés que manuellement.',
    },
    // Level 3
    {
      en: 'A shared information system records activities, expertise and flows from the main institutions using common definitions, and produces regular reports.',
      es: 'Un sistema de información compartido registra las actividades, la experiencia y los flujos de las principales instituciones con definiciones comunes y genera informes periódicos.',
      fr: 'Un système d’information partagé enregistre les activités, l’expertise et les flux des principales institutions selon des définitions communes et produit des rapports réguliers.',
    },
    // Level 4
    {
      en: 'All actors update the system as a matter of routine; its data are published, used in decisions and to build support for exchange, and follow standards that allow comparison with peer countries.',
      es: 'Todos los actores actualizan el sistema de forma habitual; sus datos se publican, se usan para tomar decisiones y generar apoyo al intercambio, y siguen estándares que permiten la comparación con otros países del Sur.',
      fr: 'Tous les acteurs mettent le système à jour de façon systématique ; ses données sont publiées, servent aux décisions et à mobiliser des soutiens, et suivent des normes permettant la comparaison avec d’autres pays du Sud.',
    },
  ],
  systematisation: [
    // Level 0
    {
      en: 'No development experiences are identified or documented for sharing; exchanges rely on what the staff involved remember.',
      es: 'No se identifican ni documentan experiencias de desarrollo para compartir; los intercambios dependen de lo que recuerda el personal involucrado.',
      fr: 'Aucune expérience de développement n’est identifiée ni documentée en vue d’être partagée ; les échanges reposent sur la mémoire des personnes impliquées.',
    },
    // Level 1
    {
      en: 'Some experiences are documented now and then, usually when a partner asks, in formats not designed for sharing.',
      es: 'Algunas experiencias se documentan de vez en cuando, por lo general a pedido de un socio, en formatos no pensados para compartirlas.',
      fr: 'Quelques expériences sont documentées de temps à autre, généralement à la demande d’un partenaire, sous des formats qui ne sont pas conçus pour le partage.',
    },
    // Level 2
    {
      en: 'A list of experiences to share exists and some have been documented, but without a common method or format, and few are ready to offer.',
      es: 'Existe una lista de experiencias para compartir y algunas se han documentado, pero sin un método ni un formato comunes, y pocas están listas para ofrecerse.',
      fr: 'Une liste d’expériences à partager existe et certaines ont été documentées, mais sans méthode ni format communs, et peu sont prêtes à être proposées.',
    },
    // Level 3
    {
      en: 'A common method is used to identify, document and package experiences (case studies, guides, training modules), and a catalogue of experiences ready to share is kept up to date.',
      es: 'Se aplica un método común para identificar, documentar y preparar experiencias (estudios de caso, guías, módulos de capacitación) y se mantiene actualizado un catálogo de experiencias listas para compartir.',
      fr: 'Une méthode commune sert à identifier, documenter et mettre en forme les expériences (études de cas, guides, modules de formation), et un catalogue d’expériences prêtes à être partagées est tenu à jour.',
    },
    // Level 4
    {
      en: 'Systematisation is routine, often carried out with national universities or research centres; documented experiences are updated after each exchange and made available to peer countries.',
      es: 'La sistematización es una práctica habitual, a menudo con universidades o centros de investigación nacionales; las experiencias documentadas se actualizan tras cada intercambio y se ponen a disposición de otros países del Sur.',
      fr: 'La capitalisation est une pratique courante, souvent menée avec des universités ou des centres de recherche nationaux ; les expériences documentées sont actualisées après chaque échange et mises à la disposition d’autres pays du Sud.',
    },
  ],
  monitoring_evaluation: [
    // Level 0
    {
      en: 'Exchanges are neither monitored nor evaluated; at most, activity reports record that they took place.',
      es: 'Los intercambios no son objeto de seguimiento ni de evaluación; a lo sumo, los informes de actividades dejan constancia de que se realizaron.',
      fr: 'Les échanges ne font l’objet d’aucun suivi ni d’aucune évaluation ; tout au plus, des rapports d’activité indiquent qu’ils ont eu lieu.',
    },
    // Level 1
    {
      en: 'Some exchanges are followed up through participant satisfaction forms or activity reports, but their results are not measured.',
      es: 'Algunos intercambios se siguen mediante encuestas de satisfacción de los participantes o informes de actividades, pero no se miden sus resultados.',
      fr: 'Certains échanges sont suivis au moyen de questionnaires de satisfaction des participants ou de rapports d’activité, mais leurs résultats ne sont pas mesurés.',
    },
    // Level 2
    {
      en: 'Indicators or an M&E framework exist for some exchanges or programmes, but data are collected irregularly and few evaluations are carried out.',
      es: 'Existen indicadores o un marco de seguimiento y evaluación para algunos intercambios o programas, pero los datos se recopilan de forma irregular y se realizan pocas evaluaciones.',
      fr: 'Des indicateurs ou un cadre de suivi-évaluation existent pour certains échanges ou programmes, mais les données sont collectées de façon irrégulière et peu d’évaluations sont réalisées.',
    },
    // Level 3
    {
      en: 'An M&E system with indicators linked to development results is applied to exchanges and has its own budget, and knowledge-based modalities are evaluated periodically.',
      es: 'Se aplica a los intercambios un sistema de seguimiento y evaluación con indicadores vinculados a resultados de desarrollo y presupuesto propio, y las modalidades basadas en el conocimiento se evalúan periódicamente.',
      fr: 'Un système de suivi-évaluation doté d’indicateurs liés aux résultats de développement et d’un budget propre s’applique aux échanges, et les modalités fondées sur le savoir sont évaluées périodiquement.',
    },
    // Level 4
    {
      en: 'Evaluation findings are used to adjust strategy and programmes; evaluations are carried out jointly with partner countries and published, and their methods are shared with peer countries.',
      es: 'Los resultados de las evaluaciones se utilizan para ajustar la estrategia y los programas; las evaluaciones se realizan conjuntamente con los países socios y se publican, y sus métodos se comparten con otros países del Sur.',
      fr: 'Les conclusions des évaluations servent à ajuster la stratégie et les programmes ; les évaluations sont menées conjointement avec les pays partenaires et publiées, et leurs méthodes sont partagées avec d’autres pays du Sud.',
    },
  ],
  financing: [
    // Level 0
    {
      en: 'No funding is set aside for knowledge exchange; any activity depends on partners’ funds or on what individual institutions can spare.',
      es: 'No hay fondos asignados al intercambio de conocimientos; cualquier actividad depende de fondos de los socios o de lo que cada institución pueda aportar.',
      fr: 'Aucun financement n’est prévu pour l’échange de connaissances ; toute activité dépend des fonds des partenaires ou de ce que chaque institution peut dégager.',
    },
    // Level 1
    {
      en: 'Knowledge exchange is funded case by case from the general budgets of the institutions involved or from external funds, with no predictable allocation.',
      es: 'El intercambio de conocimientos se financia caso por caso con los presupuestos generales de las instituciones participantes o con fondos externos, sin una asignación previsible.',
      fr: 'L’échange de connaissances est financé au cas par cas sur les budgets généraux des institutions concernées ou sur des fonds extérieurs, sans dotation prévisible.',
    },
    // Level 2
    {
      en: 'Some national funds are earmarked for South-South cooperation, including exchanges, but the amounts are small, vary from year to year or depend largely on external partners.',
      es: 'Se destinan algunos fondos nacionales a la cooperación Sur-Sur, incluidos los intercambios, pero los montos son reducidos, varían de un año a otro o dependen en gran medida de socios externos.',
      fr: 'Certains fonds nationaux sont affectés à la coopération Sud-Sud, y compris aux échanges, mais les montants sont faibles, varient d’une année à l’autre ou dépendent largement de partenaires extérieurs.',
    },
    // Level 3
    {
      en: 'Knowledge exchange has its own budget line or fund, with a predictable annual allocation from national resources, complemented by partners’ co-financing.',
      es: 'El intercambio de conocimientos cuenta con una partida presupuestaria o un fondo propio, con una asignación anual previsible de recursos nacionales, complementada con el cofinanciamiento de los socios.',
      fr: 'L’échange de connaissances dispose d’une ligne budgétaire ou d’un fonds propre, avec une dotation annuelle prévisible sur ressources nationales, complétée par le cofinancement des partenaires.',
    },
    // Level 4
    {
      en: 'National funding is secured over several years and grows with demand; national, private and partner sources are combined under clear rules, and costs are shared with peer countries by agreement.',
      es: 'El financiamiento nacional está asegurado por varios años y crece con la demanda; se combinan fuentes nacionales, privadas y de los socios con reglas claras, y los costos se comparten con otros países del Sur mediante acuerdos.',
      fr: 'Le financement national est garanti sur plusieurs années et suit la demande ; les sources nationales, privées et des partenaires sont combinées selon des règles claires, et les coûts sont partagés par accord avec d’autres pays du Sud.',
    },
  ],
  private_sector: [
    // Level 0
    {
      en: 'Private companies play no part in the country’s knowledge exchange, and there is no contact with them on the subject.',
      es: 'Las empresas privadas no participan en el intercambio de conocimientos del país y no hay contactos con ellas sobre el tema.',
      fr: 'Les entreprises privées ne participent pas à l’échange de connaissances du pays et aucun contact n’existe avec elles à ce sujet.',
    },
    // Level 1
    {
      en: 'Companies take part occasionally, when invited to a specific exchange, without any agreement or cost-sharing.',
      es: 'Las empresas participan ocasionalmente, por invitación a un intercambio concreto, sin acuerdos ni costos compartidos.',
      fr: 'Les entreprises participent ponctuellement, sur invitation à un échange précis, sans accord ni partage des coûts.',
    },
    // Level 2
    {
      en: 'Some agreements or pilot projects with companies or business associations exist, but their participation is not yet regular and seldom includes sharing costs.',
      es: 'Existen algunos acuerdos o proyectos piloto con empresas o gremios empresariales, pero su participación aún no es regular y rara vez incluye compartir costos.',
      fr: 'Quelques accords ou projets pilotes avec des entreprises ou des organisations professionnelles existent, mais leur participation n’est pas encore régulière et inclut rarement un partage des coûts.',
    },
    // Level 3
    {
      en: 'Companies regularly take part in exchanges under agreements or public-private partnerships, sharing costs and contributing management and operational know-how.',
      es: 'Las empresas participan regularmente en los intercambios en el marco de acuerdos o alianzas público-privadas, compartiendo costos y aportando conocimientos de gestión y operación.',
      fr: 'Les entreprises participent régulièrement aux échanges dans le cadre d’accords ou de partenariats public-privé, en partageant les coûts et en apportant leur savoir-faire de gestion et d’exploitation.',
    },
    // Level 4
    {
      en: 'Private-sector participation is built into the strategy with clear rules and incentives and has lasted several years; the country shares its public-private partnership experience with peer countries.',
      es: 'La participación del sector privado está integrada en la estrategia con reglas e incentivos claros y se mantiene desde hace varios años; el país comparte su experiencia en alianzas público-privadas con otros países del Sur.',
      fr: 'La participation du secteur privé est intégrée à la stratégie avec des règles et des incitations claires et dure depuis plusieurs années ; le pays partage son expérience des partenariats public-privé avec d’autres pays du Sud.',
    },
  ],
  international_partnerships: [
    // Level 0
    {
      en: 'The country has no working relations with international organisations on South-South knowledge exchange.',
      es: 'El país no mantiene relaciones de trabajo con organismos internacionales en materia de intercambio de conocimientos Sur-Sur.',
      fr: 'Le pays n’entretient aucune relation de travail avec des organisations internationales en matière d’échange de connaissances Sud-Sud.',
    },
    // Level 1
    {
      en: 'International organisations support some exchanges case by case, on their own initiative or that of individual institutions.',
      es: 'Los organismos internacionales apoyan algunos intercambios caso por caso, por iniciativa propia o de instituciones concretas.',
      fr: 'Des organisations internationales appuient certains échanges au cas par cas, à leur propre initiative ou à celle d’institutions isolées.',
    },
    // Level 2
    {
      en: 'Agreements with one or more international organisations cover exchange activities, but without a joint plan or a clear division of roles.',
      es: 'Existen acuerdos con uno o varios organismos internacionales que abarcan actividades de intercambio, pero sin un plan conjunto ni una división clara de funciones.',
      fr: 'Des accords avec une ou plusieurs organisations internationales couvrent des activités d’échange, mais sans plan commun ni répartition claire des rôles.',
    },
    // Level 3
    {
      en: 'Partnerships with international organisations follow agreed programmes that set their role (brokering, facilitation, co-financing, systematisation) in line with the country’s priorities.',
      es: 'Las alianzas con organismos internacionales siguen programas acordados que definen su función (intermediación, facilitación, cofinanciamiento, sistematización) conforme a las prioridades del país.',
      fr: 'Les partenariats avec des organisations internationales suivent des programmes convenus qui fixent leur rôle (intermédiation, facilitation, cofinancement, capitalisation) en fonction des priorités du pays.',
    },
    // Level 4
    {
      en: 'The country chooses partners according to its identified needs, coordinates them to avoid overlap, uses their programmes to reach new sources of knowledge, and takes part in or leads exchange networks with peer countries.',
      es: 'El país elige a sus socios según las necesidades que ha identificado, los coordina para evitar duplicaciones, aprovecha sus programas para acceder a nuevas fuentes de conocimiento y participa en redes de intercambio con otros países del Sur o las lidera.',
      fr: 'Le pays choisit ses partenaires selon les besoins qu’il a identifiés, les coordonne pour éviter les doublons, s’appuie sur leurs programmes pour accéder à de nouvelles sources de connaissances et participe à des réseaux d’échange avec d’autres pays du Sud, voire les anime.',
    },
  ],
  political_commitment: [
    // Level 0
    {
      en: 'Political leaders make no statements and take no decisions in support of South-South knowledge exchange.',
      es: 'Las autoridades políticas no hacen declaraciones ni toman decisiones en apoyo del intercambio de conocimientos Sur-Sur.',
      fr: 'Les responsables politiques ne font aucune déclaration et ne prennent aucune décision en faveur de l’échange de connaissances Sud-Sud.',
    },
    // Level 1
    {
      en: 'Support is expressed now and then in speeches or at international meetings, without decisions, resources or follow-up.',
      es: 'El apoyo se expresa de vez en cuando en discursos o en reuniones internacionales, sin decisiones, recursos ni seguimiento.',
      fr: 'Un soutien est exprimé de temps à autre dans des discours ou lors de réunions internationales, sans décisions, ressources ni suivi.',
    },
    // Level 2
    {
      en: 'Leaders have taken formal decisions or made commitments in favour of knowledge exchange, but support depends on particular individuals and is not yet reflected in resources.',
      es: 'Las autoridades han adoptado decisiones o compromisos formales a favor del intercambio de conocimientos, pero el apoyo depende de determinadas personas y aún no se refleja en recursos.',
      fr: 'Les responsables ont pris des décisions ou des engagements formels en faveur de l’échange de connaissances, mais ce soutien dépend de certaines personnes et ne se traduit pas encore en ressources.',
    },
    // Level 3
    {
      en: 'Commitment is stated in policy documents, backed by budget and by high-level participation in exchanges, and is maintained from year to year.',
      es: 'El compromiso consta en documentos de política, se respalda con presupuesto y con la participación de alto nivel en los intercambios, y se mantiene de un año a otro.',
      fr: 'L’engagement est inscrit dans des documents de politique, appuyé par des crédits budgétaires et par une participation de haut niveau aux échanges, et se maintient d’une année à l’autre.',
    },
    // Level 4
    {
      en: 'Support has lasted across changes of government and allowed exchange to be scaled up; leaders promote the country’s approach in regional and international forums and with peer countries.',
      es: 'El apoyo se ha mantenido a través de los cambios de gobierno y ha permitido ampliar los intercambios; las autoridades promueven el enfoque del país en foros regionales e internacionales y ante otros países del Sur.',
      fr: 'Le soutien s’est maintenu malgré les changements de gouvernement et a permis d’étendre les échanges ; les responsables promeuvent l’approche du pays dans les enceintes régionales et internationales et auprès d’autres pays du Sud.',
    },
  ],
};
