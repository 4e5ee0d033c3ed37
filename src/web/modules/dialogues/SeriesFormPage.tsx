import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LIMITS } from '../../../shared/limits.js';
import { localized } from '../../../shared/locale-map.js';
import type { Locale } from '../../../shared/locales.js';
import { VISIBILITIES, type Visibility } from '../../../shared/visibility.js';
import { api, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { useSession } from '../../app/session.js';
import { DraftForm } from '../../components/forms/DraftForm.js';
import { changedFields, draftLanguages, onlyFilled } from '../../components/forms/draft-model.js';
import { useDraftForm } from '../../components/forms/use-draft-form.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Alert, Loading, Page, Select } from '../../components/ui/index.js';
import { ConvenerField } from './ConvenerField.js';
import { conveningOrganisations } from './choices.js';
import type { Series } from './types.js';

interface SeriesDraft {
  languages: string[];
  convenerOrganisationId: string;
  title: Record<string, string>;
  goal: Record<string, string>;
  visibility: string;
}

const FIELDS = ['convenerOrganisationId', 'title', 'goal', 'visibility', 'defaultLocale'];

const fieldsOf = (d: SeriesDraft) => ({
  title: onlyFilled(d.title, d.languages),
  goal: onlyFilled(d.goal, d.languages),
  defaultLocale: (d.languages[0] ?? 'en') as Locale,
  visibility: d.visibility as Visibility,
});

/** The series form's fields, kept as a draft until saved. */
function SeriesForm({
  draftKey,
  initial,
  creating,
  save,
}: {
  draftKey: string;
  initial: SeriesDraft;
  creating: boolean;
  save: (d: SeriesDraft) => Promise<void>;
}) {
  const { t } = useTranslation('dialogues');
  const { draft, form, bind } = useDraftForm(draftKey, initial, save);
  return (
    <DraftForm
      form={form}
      draft={draft}
      fields={FIELDS}
      submitLabel={creating ? t('seriesForm.create') : t('seriesForm.save')}
      restoredText={t('form.restored')}
      discardLabel={t('form.discard')}
    >
      {creating ? (
        <ConvenerField
          value={draft.value.convenerOrganisationId}
          error={form.fieldError('convenerOrganisationId')}
          onChange={(id) => draft.update({ convenerOrganisationId: id })}
        />
      ) : null}
      <LanguagePicker {...bind.languages()} />
      <LocaleMapFields
        legend={t('fields.seriesTitle')}
        maxLength={LIMITS.nameMax}
        required
        {...bind.localeMap('title', 'title')}
      />
      <LocaleMapFields
        legend={t('fields.goal')}
        hint={t('hints.goal')}
        maxLength={LIMITS.descriptionMax}
        multiline
        {...bind.localeMap('goal', 'goal')}
      />
      <Select
        label={t('fields.visibility')}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        {...bind.text('visibility')}
      />
    </DraftForm>
  );
}

/** `/dialogues/series/new` and `/dialogues/series/:id/edit`: start or edit a dialogue series (conveners). */
export default function SeriesFormPage() {
  const { t } = useTranslation('dialogues');
  const { id } = useParams();
  const locale = useLocale();
  const navigate = useNavigate();
  const { user } = useSession();
  const path = id ? `/dialogue-series/${encodeURIComponent(id)}` : null;
  const existing = useApi<Series>(path && withQuery(path, { locale }));

  if (!id) {
    const [first] = conveningOrganisations(user?.memberships ?? []);
    return (
      <Page title={t('seriesForm.newTitle')} intro={<p>{t('seriesForm.intro')}</p>}>
        <SeriesForm
          draftKey="dialogue-series.new"
          creating
          initial={{
            languages: [locale],
            convenerOrganisationId: first?.value ?? '',
            title: {},
            goal: {},
            visibility: 'public',
          }}
          save={async (d) => {
            const created = await api.post<Series>('/dialogue-series', {
              convenerOrganisationId: d.convenerOrganisationId,
              ...fieldsOf(d),
            });
            navigate(`/dialogues/series/${created.id}`);
          }}
        />
      </Page>
    );
  }

  if (existing.error?.status === 404 || existing.error?.status === 400) return <NotFoundPage />;
  const s = existing.data;
  if (!s || !path) return existing.loading ? <Loading /> : <ApiErrorAlert error={existing.error} />;
  const initial: SeriesDraft = {
    languages: draftLanguages(s.defaultLocale, [s.title, s.goal], locale),
    convenerOrganisationId: s.convenerOrganisation.id,
    title: { ...s.title } as Record<string, string>,
    goal: { ...s.goal } as Record<string, string>,
    visibility: s.visibility,
  };
  const title = localized(s.title, locale, s.defaultLocale);
  return (
    <Page
      title={t('seriesForm.editTitle', { title })}
      before={
        <Link className="back-link" to={`/dialogues/series/${s.id}`}>
          {t('seriesForm.backTo', { title })}
        </Link>
      }
    >
      {s.abilities.update ? (
        <SeriesForm
          draftKey={`dialogue-series.${s.id}`}
          creating={false}
          initial={initial}
          save={async (d) => {
            const changes = changedFields(fieldsOf(initial), fieldsOf(d));
            if (Object.keys(changes).length > 0) await api.patch(path, changes);
            navigate(`/dialogues/series/${s.id}`);
          }}
        />
      ) : (
        <Alert tone="warning">
          <p>{t('seriesForm.cannotEdit')}</p>
        </Alert>
      )}
    </Page>
  );
}
