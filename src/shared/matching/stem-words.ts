/**
 * Shared terms are stems ("apprais", "ministri"): right for scoring, odd to read. An explanation
 * shows instead the word of the record's own text each stem came from. Snowball stemmers mostly
 * cut a word short, so the shortest word of the text that starts with the stem is the likeliest
 * source; matching ignores case and accents. A stem with no such word (or a Chinese bigram,
 * which is already a piece of the text) is shown as it is.
 */

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const CJK = /\p{Script=Han}/u;

export function wordsForStems(stems: readonly string[], texts: readonly string[]): string[] {
  // Folded word → the word as first written.
  const words = new Map<string, string>();
  for (const text of texts)
    for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (CJK.test(word)) continue;
      const key = fold(word);
      if (!words.has(key)) words.set(key, word);
    }
  const shown = stems.map((stem) => {
    if (CJK.test(stem)) return stem;
    const s = fold(stem);
    let best: string | undefined;
    // English stems end a final y in i ("countri"): its word may still have the y.
    const alt = s.endsWith('i') ? `${s.slice(0, -1)}y` : s;
    for (const key of words.keys())
      if (
        (key.startsWith(s) || key.startsWith(alt)) &&
        (!best || key.length < best.length || (key.length === best.length && key < best))
      )
        best = key;
    return best ? words.get(best)! : stem;
  });
  // Two stems may lead to one word; list it once.
  return [...new Set(shown)];
}
