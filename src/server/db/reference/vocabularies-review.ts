// The acceptance criteria a reviewer ticks before an experience is published. Every active
// criterion must be met to approve; administrators may reword, add or retire criteria.
import type { VocabularySeedItem } from './vocabulary-types.js';

export const REVIEW_CRITERION: VocabularySeedItem[] = [
  {
    code: 'challenge_clear',
    label: {
      en: 'Challenge clearly stated',
      es: 'Desafío claramente planteado',
      fr: 'Défi clairement énoncé',
      pt: 'Desafio claramente definido',
    },
    definition: {
      en: 'The development challenge and its context are stated so that a reader from another country understands what problem was being solved and why it mattered.',
      es: 'El desafío de desarrollo y su contexto están planteados de modo que una persona lectora de otro país entienda qué problema se buscaba resolver y por qué importaba.',
      fr: 'Le défi de développement et son contexte sont énoncés de sorte qu’un lecteur d’un autre pays comprenne quel problème il fallait résoudre et pourquoi il importait.',
    },
  },
  {
    code: 'results_evidenced',
    label: {
      en: 'Results evidenced',
      es: 'Resultados respaldados',
      fr: 'Résultats étayés',
      pt: 'Resultados comprovados',
    },
    definition: {
      en: 'The results say what changed, with figures, dates or sources that back them; claims that cannot be checked are marked as such.',
      es: 'Los resultados dicen qué cambió, con cifras, fechas o fuentes que los respaldan; las afirmaciones que no pueden verificarse se señalan como tales.',
      fr: 'Les résultats disent ce qui a changé, avec des chiffres, des dates ou des sources à l’appui ; les affirmations invérifiables sont signalées comme telles.',
    },
  },
  {
    code: 'lessons_transferable',
    label: {
      en: 'Lessons transferable',
      es: 'Lecciones transferibles',
      fr: 'Enseignements transférables',
      pt: 'Lições transferíveis',
    },
    definition: {
      en: 'The lessons and the conditions for replication or adaptation are concrete enough for another institution to judge whether the approach would work in its own setting.',
      es: 'Las lecciones y las condiciones para replicar o adaptar la experiencia son lo bastante concretas para que otra institución juzgue si el enfoque funcionaría en su propio contexto.',
      fr: 'Les enseignements et les conditions de réplication ou d’adaptation sont assez concrets pour qu’une autre institution juge si l’approche fonctionnerait dans son propre contexte.',
    },
  },
  {
    code: 'participants_named',
    label: {
      en: 'Participants and roles named',
      es: 'Participantes y roles identificados',
      fr: 'Participants et rôles nommés',
      pt: 'Participantes e papéis identificados',
    },
    definition: {
      en: 'The provider and recipient countries and institutions, and any facilitators, funders or private partners, are named with the role each one played.',
      es: 'Se nombran los países e instituciones oferentes y receptores, así como facilitadores, financiadores o socios privados, con el rol que desempeñó cada uno.',
      fr: 'Les pays et institutions fournisseurs et bénéficiaires, ainsi que les facilitateurs, bailleurs ou partenaires privés, sont nommés avec le rôle joué par chacun.',
    },
  },
  {
    code: 'no_personal_data',
    label: {
      en: 'No personal data without consent',
      es: 'Sin datos personales sin consentimiento',
      fr: 'Pas de données personnelles sans consentement',
      pt: 'Sem dados pessoais sem consentimento',
    },
    definition: {
      en: 'The text, links and attachments hold no personal data (names of beneficiaries, photographs of people, contact details) unless the people concerned consented to their publication.',
      es: 'El texto, los enlaces y los adjuntos no contienen datos personales (nombres de beneficiarios, fotografías de personas, datos de contacto) salvo que las personas afectadas hayan consentido su publicación.',
      fr: 'Le texte, les liens et les pièces jointes ne contiennent aucune donnée personnelle (noms de bénéficiaires, photos de personnes, coordonnées) sauf si les personnes concernées ont consenti à leur publication.',
    },
  },
  {
    code: 'language_quality',
    label: {
      en: 'Language and translation quality',
      es: 'Calidad del idioma y de la traducción',
      fr: 'Qualité de la langue et de la traduction',
      pt: 'Qualidade da língua e da tradução',
    },
    definition: {
      en: 'The original text is clear and free of unexplained jargon; each translation is marked as machine-made or reviewed, and reviewed translations say the same as the original.',
      es: 'El texto original es claro y no contiene jerga sin explicar; cada traducción está marcada como automática o revisada, y las revisadas dicen lo mismo que el original.',
      fr: 'Le texte original est clair et sans jargon inexpliqué ; chaque traduction est marquée comme automatique ou relue, et les traductions relues disent la même chose que l’original.',
    },
  },
  {
    code: 'codes_accurate',
    label: {
      en: 'Codes accurate',
      es: 'Códigos correctos',
      fr: 'Codes exacts',
      pt: 'Códigos corretos',
    },
    definition: {
      en: 'Sectors, SDG targets, modality, instruments, knowledge mode and period match what the text describes, so that search and filters find the experience where readers look for it.',
      es: 'Los sectores, metas de los ODS, modalidad, instrumentos, modo de conocimiento y periodo corresponden a lo que describe el texto, para que la búsqueda y los filtros encuentren la experiencia donde se la busca.',
      fr: 'Les secteurs, cibles des ODD, modalité, instruments, mode de connaissance et période correspondent à ce que décrit le texte, afin que la recherche et les filtres trouvent l’expérience là où on la cherche.',
    },
  },
  {
    code: 'links_work',
    label: {
      en: 'Links and attachments work',
      es: 'Enlaces y adjuntos funcionan',
      fr: 'Liens et pièces jointes fonctionnels',
      pt: 'Links e anexos funcionam',
    },
    definition: {
      en: 'Every link opens the page it names and every attachment opens, is relevant to the experience and may be shared publicly.',
      es: 'Cada enlace abre la página que indica y cada adjunto se abre, es pertinente para la experiencia y puede compartirse públicamente.',
      fr: 'Chaque lien ouvre la page qu’il annonce et chaque pièce jointe s’ouvre, se rapporte à l’expérience et peut être partagée publiquement.',
    },
  },
];
