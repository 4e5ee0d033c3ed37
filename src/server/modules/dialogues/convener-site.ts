/**
 * The site on the convener's clock — one rule for the export, the dialogue and the list: the
 * site the convening organisation hosts, else the first in its country, else the first site.
 */

interface SiteFacts {
  organisation_id: string | null;
  country_code: string | null;
}

/** `sites` in their order; `orgCountry` is the convening organisation's country, if known. */
export function convenerSite<S extends SiteFacts>(
  sites: readonly S[],
  orgId: string,
  orgCountry: string | null,
): S | null {
  const country = orgCountry?.trim();
  return (
    sites.find((s) => s.organisation_id === orgId) ??
    sites.find((s) => country && s.country_code?.trim() === country) ??
    sites[0] ??
    null
  );
}
