/** The latest self-assessment of a country against its peers, for the country page (issue 3, in progress). */
export function AssessmentOverview(_props: { countryCode: string }) {
  return null;
}
