import type { z } from 'zod';
import type { profileBodySchema, profileDocumentSchema } from '../../shared/contracts/country-profiles.js';

/** A profile document as written in the demo data: omitted parts take the contract's defaults. */
export type DemoDocument = z.input<typeof profileDocumentSchema>;
type Body = z.input<typeof profileBodySchema>;

/**
 * A body of the architecture: the demo organisation with this key when it exists, otherwise a
 * named body (so the profiles still load if the demo directory changes).
 */
export type OrgRef = (
  key: string,
  name: Record<string, string>,
  roles: NonNullable<Body['roles']>,
  note?: Body['note'],
) => Body;
/** The directory id of a demo organisation, for coordination members (none when absent). */
export type OrgId = (key: string) => string[];
/** A body that is not in the demo directory. */
export const named = (
  name: Record<string, string>,
  roles: NonNullable<Body['roles']>,
  note: Record<string, string> = {},
): Body => ({ organisationId: null, name, roles, note });

/** A demo document, written against the demo directory as it is loaded. */
export type DemoDoc = (o: OrgRef, id: OrgId) => DemoDocument;

/** A later version: the earlier one with the parts `changes` gives (from the earlier one) replaced. */
export const revise =
  (earlier: DemoDoc, changes: (v1: DemoDocument) => Partial<DemoDocument>): DemoDoc =>
  (o, id) => {
    const v1 = earlier(o, id);
    return { ...v1, ...changes(v1) };
  };

export interface DemoProfile {
  code: string;
  /** Published versions, oldest first, with their (past) publication dates. */
  versions: { at: string; changeNote: string; doc: DemoDoc }[];
  /** A draft that is never published (the profile stays private to its coordinator). */
  draftOnly?: DemoDoc;
}

const MARK: Record<string, string> = {
  en: '(Demo profile based on public sources.)',
  es: '(Perfil de demostración basado en fuentes públicas.)',
  fr: '(Profil de démonstration fondé sur des sources publiques.)',
  pt: '(Perfil de demonstração baseado em fontes públicas.)',
  zh: '（演示资料，根据公开信息编写。）',
  id: '(Profil demo berdasarkan sumber publik.)',
  ar: '(ملف تجريبي مبني على مصادر عامة.)',
};

/** A history text with the demo mark at the end of every language, so no one mistakes it. */
export function demoHistory(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, `${t} ${MARK[l] ?? MARK.en}`]));
}
