import { useEffect, useMemo, useState } from 'react';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import type { CodeItem, Country, VocabularyItem } from '../../../shared/contracts/reference.js';
import { api } from '../../api/client.js';

/**
 * Names of the codes an experience carries (vocabulary terms, DAC sectors, SDG targets,
 * countries), in the reader's language. Each list is fetched once per language and visit, and
 * only when the story uses a code of it: a story without SDG targets never downloads them.
 */
export type VocabularyName =
  | 'instrument'
  | 'activity_type'
  | 'delivery_mode'
  | 'ssc_modality'
  | 'knowledge_mode'
  | 'intermediate_outcome'
  | 'assessment_dimension';

type Names = Map<string, string>;
const cache = new Map<string, Promise<Names>>();

function load(path: string): Promise<Names> {
  let promise = cache.get(path);
  if (!promise) {
    promise = api.get<{ items: unknown[] }>(path).then((page) => {
      const names: Names = new Map();
      for (const item of page.items as (Partial<VocabularyItem> & Partial<CodeItem> & Partial<Country>)[]) {
        if (item.code) names.set(item.code, item.label ?? item.name ?? item.code);
      }
      return names;
    });
    promise.catch(() => cache.delete(path)); // a later page retries after a network blip
    cache.set(path, promise);
  }
  return promise;
}

/** The names of one list (empty until it arrives, and when `path` is null). */
function useNames(path: string | null): Names {
  const [names, setNames] = useState<Names>(() => new Map());
  useEffect(() => {
    if (!path) return;
    let live = true;
    load(path).then(
      (found) => live && setNames(found),
      () => live && setNames(new Map()),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return names;
}

export interface CodeLabels {
  vocabulary: (name: VocabularyName, code: string) => string;
  sector: (code: string) => string;
  sdg: (code: string) => string;
  country: (code: string) => string;
}

const when = (needed: boolean, path: string) => (needed ? path : null);

/** Labels for the codes of the given documents (the shown version; codes not found show as themselves). */
export function useCodeLabels(doc: ExperienceDocument | null | undefined, locale: string): CodeLabels {
  const d = doc;
  const vocab = (name: VocabularyName, needed: boolean) =>
    when(needed, `/vocabularies/${name}?locale=${locale}`);
  const instrument = useNames(vocab('instrument', !!d?.instruments.length));
  const activity = useNames(vocab('activity_type', !!d?.activityTypes.length));
  const delivery = useNames(vocab('delivery_mode', !!d?.deliveryMode));
  const modality = useNames(vocab('ssc_modality', !!d?.modality));
  const mode = useNames(vocab('knowledge_mode', !!d?.knowledgeModes.length));
  const outcome = useNames(vocab('intermediate_outcome', !!d?.outcomes.length));
  const dimension = useNames(vocab('assessment_dimension', !!d?.assessmentDimensions.length));
  const sectors = useNames(when(!!d?.sectors.length, `/reference/codelists/Sector?locale=${locale}`));
  const sdgs = useNames(when(!!d?.sdgTargets.length, `/reference/codelists/UNSDG-Targets?locale=${locale}`));
  const countries = useNames(
    when(!!d?.participants.some((p) => p.countryCode), `/reference/countries?locale=${locale}`),
  );

  return useMemo(() => {
    const byVocabulary: Record<VocabularyName, Names> = {
      instrument,
      activity_type: activity,
      delivery_mode: delivery,
      ssc_modality: modality,
      knowledge_mode: mode,
      intermediate_outcome: outcome,
      assessment_dimension: dimension,
    };
    return {
      vocabulary: (name, code) => byVocabulary[name].get(code) ?? code,
      sector: (code) => sectors.get(code) ?? code,
      sdg: (code) => sdgs.get(code) ?? code,
      country: (code) => countries.get(code) ?? code,
    };
  }, [instrument, activity, delivery, modality, mode, outcome, dimension, sectors, sdgs, countries]);
}

/** Country names for lists of results (the whole list, once per language and visit). */
export function useCountryNames(locale: string, needed: boolean): (code: string) => string {
  const names = useNames(when(needed, `/reference/countries?locale=${locale}`));
  return useMemo(() => (code: string) => names.get(code) ?? code, [names]);
}
