import { Link } from 'react-router';
import { partyName } from './pipeline-model.js';
import type { Party } from './types.js';
import { useCountryName } from './use-country-name.js';

/** An organisation of an introduction and its country; a link to it where the page has room. */
export function PartyText({ party, link = false }: { party: Party; link?: boolean }) {
  const country = useCountryName();
  const name = partyName(party);
  return (
    <>
      {link ? <Link to={`/organisations/${party.id}`}>{name}</Link> : name}
      {party.countryCode ? <span className="muted"> · {country(party.countryCode)}</span> : null}
    </>
  );
}
