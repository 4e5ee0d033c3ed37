import { type ProfileDocument, profileDocumentSchema } from '../../../shared/contracts/country-profiles.js';

/** A stored document read through the contract, so documents saved earlier get today's defaults. */
export function asDocument(json: unknown): ProfileDocument {
  const parsed = profileDocumentSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : profileDocumentSchema.parse({});
}

/** An empty profile document: every field unanswered. */
export const emptyDocument = (): ProfileDocument => profileDocumentSchema.parse({});

/** The directory organisations a document refers to (bodies, coordination members). */
export function organisationIdsOf(doc: ProfileDocument): string[] {
  return [
    ...doc.bodies.map((b) => b.organisationId).filter((id): id is string => !!id),
    ...doc.coordination.memberIds,
  ];
}

/** Lower-cased, accent-free text for search ("Mexico" finds "México", "cote" finds "Côte"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
