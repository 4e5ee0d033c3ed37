/** The capabilities the organisations of a country offer, for the country page (issue 3, in progress). */
export function CountryCapabilities(_props: { countryCode: string }) {
  return null;
}
