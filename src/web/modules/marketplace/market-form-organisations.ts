import { useSearchParams } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { useApi } from '../../api/use-api.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import type { Option } from '../../components/ui/index.js';
import { isUuid } from '../experiences/editor-model.js';
import { postingOrganisations } from './market-form-choices.js';

/**
 * The organisations a new need or offer can be for: the user's own where their role may post,
 * plus one named in the link (`?organisation=…`, e.g. from an organisation's page) that is not
 * one of theirs, for a coordinator or administrator; the server decides whether they may.
 */
export function usePostingOrganisations() {
  const { user } = useSession();
  const locale = useLocale();
  const [params] = useSearchParams();
  const wanted = params.get('organisation') ?? '';
  const own = postingOrganisations(user?.memberships ?? []);
  const known = own.some((o) => o.value === wanted);
  const extra = useApi<Organisation>(
    isUuid(wanted) && !known ? `/organisations/${wanted}?locale=${locale}` : null,
  );
  const options: Option[] = extra.data ? [{ value: extra.data.id, label: extra.data.name }, ...own] : own;
  return {
    options,
    /** The organisation chosen first: the one in the link, else the first of the user's. */
    preferred: options.some((o) => o.value === wanted) ? wanted : (options[0]?.value ?? ''),
    loading: extra.loading,
    error: extra.error,
  };
}
