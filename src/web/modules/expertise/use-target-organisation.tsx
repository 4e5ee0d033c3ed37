import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { Alert, Loading } from '../../components/ui/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organisation a new capability or expert is for (`?organisation=` in the URL), once it is
 * known that the reader may add to its catalogue; otherwise what to show instead.
 */
export function useTargetOrganisation():
  | { organisation: { id: string; name: string }; blocker: null }
  | { organisation: null; blocker: ReactNode } {
  const { t } = useTranslation('expertise');
  const locale = useLocale();
  const [params] = useSearchParams();
  const id = params.get('organisation') ?? '';
  const valid = UUID.test(id);
  const org = useApi<Organisation>(valid ? `/organisations/${id}?locale=${locale}` : null);
  const abilities = useApi<{ abilities: { manage: boolean } }>(
    valid ? `/expertise/abilities?organisation=${id}` : null,
  );

  if (!valid)
    return {
      organisation: null,
      blocker: (
        <Alert tone="warning">
          <p>
            {t('form.noOrganisation')} <Link to="/organisations">{t('fields.organisation')}</Link>
          </p>
        </Alert>
      ),
    };
  if (org.error || abilities.error)
    return { organisation: null, blocker: <ApiErrorAlert error={org.error ?? abilities.error} /> };
  if (!org.data || !abilities.data) return { organisation: null, blocker: <Loading /> };
  if (!abilities.data.abilities.manage)
    return {
      organisation: null,
      blocker: (
        <Alert tone="warning">
          <p>{t('form.cannotAdd')}</p>
        </Alert>
      ),
    };
  return { organisation: { id: org.data.id, name: org.data.name }, blocker: null };
}
