/**
 * ASCII words joined by hyphens, at most 60 characters ("Coopération Sud-Sud" →
 * "cooperation-sud-sud"): a download's file name every system and HTTP header accepts.
 */
export const fileSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
