import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Experience } from '../../../shared/contracts/experiences.js';
import type { Organisation } from '../../../shared/contracts/organisations.js';
import { LOCALES } from '../../../shared/locales.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { text } from '../../app/form-data.js';
import { useLocale } from '../../app/i18n.js';
import { useSession } from '../../app/session.js';
import { languageName } from '../../components/multilingual/language-name.js';
import { Alert, Button, Loading, Page, Select, TextField } from '../../components/ui/index.js';
import { isUuid, SHORT_TEXT_MAX } from './editor-model.js';

const SHOWN = ['organisationId', 'content.title', 'content.languages'];

/**
 * `/experiences/new?organisation=…`: the organisation the story is filed under (one of the user's)
 * and the language it is written in; creating it opens the editor on the new draft.
 */
export default function NewExperiencePage() {
  const { t } = useTranslation('experience-editor');
  const locale = useLocale();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params] = useSearchParams();
  const wanted = params.get('organisation') ?? '';
  const memberships = user?.memberships ?? [];
  const known = memberships.some((m) => m.organisationId === wanted);
  // An organisation named in the link but not one of the user's (an administrator's case): its
  // name is fetched, and the server decides whether the user may write for it.
  const extra = useApi<Organisation>(
    isUuid(wanted) && !known ? `/organisations/${wanted}?locale=${locale}` : null,
  );

  const form = useSubmit(async (el) => {
    const organisationId = text(el, 'organisationId');
    const original = text(el, 'locale') || locale;
    const title = text(el, 'title');
    const created = await api.post<Experience>('/experiences', {
      organisationId,
      content: {
        languages: [{ locale: original, status: 'original' }],
        title: title ? { [original]: title } : {},
      },
    });
    navigate(`/experiences/${created.id}/edit`, { replace: true });
  });

  const options = [
    ...memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })),
    ...(extra.data ? [{ value: extra.data.id, label: extra.data.name }] : []),
  ];
  const back = (
    <Link className="back-link" to="/experiences/mine">
      {t('backToMine')}
    </Link>
  );

  if (extra.loading) return <Loading />;
  return (
    <Page title={t('new.title')} intro={<p>{t('new.intro')}</p>} before={back} narrow>
      {options.length === 0 ? (
        <Alert tone="warning">
          <p>
            {t('new.noOrganisation')} <Link to="/organisations">{t('new.directory')}</Link>
          </p>
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit} noValidate>
          <ApiErrorAlert error={form.error ?? extra.error} fields={SHOWN} />
          <Select
            label={t('new.organisation')}
            hint={t('new.organisationHint')}
            name="organisationId"
            required
            defaultValue={options.some((o) => o.value === wanted) ? wanted : options[0]?.value}
            options={options}
            error={form.fieldError('organisationId')}
          />
          <Select
            label={t('new.language')}
            hint={t('new.languageHint')}
            name="locale"
            required
            defaultValue={locale}
            options={LOCALES.map((l) => ({ value: l, label: languageName(l, locale), lang: l }))}
            error={form.fieldError('content.languages')}
          />
          <TextField
            label={t('new.titleLabel')}
            hint={t('new.titleHint')}
            name="title"
            dir="auto"
            maxLength={SHORT_TEXT_MAX}
            error={Object.entries(form.error?.fields ?? {}).find(([f]) => f.startsWith('content.title'))?.[1]}
          />
          <Button type="submit" busy={form.pending}>
            {t('new.create')}
          </Button>
        </form>
      )}
    </Page>
  );
}
