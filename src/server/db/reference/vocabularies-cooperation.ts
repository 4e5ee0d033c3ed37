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
