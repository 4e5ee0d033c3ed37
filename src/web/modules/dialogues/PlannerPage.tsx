import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { localized } from '../../../shared/locale-map.js';
import { api } from '../../api/client.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import { useSession } from '../../app/session.js';
import { Alert, Loading, Page } from '../../components/ui/index.js';
import { conveningOrganisations } from './choices.js';
import { PlannerDetails } from './PlannerDetails.js';
import { PlannerSteps } from './PlannerSteps.js';
import { dialogueBodyOf, dialogueDraftOf, dialoguePatchOf, emptyDialogueDraft } from './planner-model.js';
import { useDialogue } from './record-hooks.js';
import { pageHref } from './record-paths.js';
import type { Dialogue } from './types.js';
import './dialogues.css';

/** `/dialogues/new`: details and sites; once created, the planner of the new dialogue opens. */
function NewPlanner() {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params] = useSearchParams();
  const [first] = conveningOrganisations(user?.memberships ?? []);
  const [initial] = useState(() =>
    emptyDialogueDraft(locale, first?.value ?? '', params.get('series') ?? ''),
  );
  return (
    <Page
      title={t('planner.newTitle')}
      intro={<p>{t('planner.newIntro')}</p>}
      before={
        <Link className="back-link" to="/dialogues">
          {t('planner.backToList')}
        </Link>
      }
    >
      <PlannerDetails
        draftKey="dialogue.new"
        creating
        initial={initial}
        save={async (d) => {
          const created = await api.post<Dialogue>('/dialogues', dialogueBodyOf(d));
          navigate(pageHref.plan(created.id));
        }}
      />
    </Page>
  );
}

/** `/dialogues/:id/plan`: every step of the planner for the dialogue's conveners. */
function DialoguePlanner({ id }: { id: string }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const dialogue = useDialogue(id);
  // Saving the details gives the sites their ids: the form starts again from the saved dialogue.
  const [version, setVersion] = useState(0);

  if (dialogue.error?.status === 404 || dialogue.error?.status === 400) return <NotFoundPage />;
  const d = dialogue.data;
  if (!d) return dialogue.loading ? <Loading /> : <ApiErrorAlert error={dialogue.error} />;
  // Planning is for the dialogue's conveners; everyone else reads the dialogue's page.
  if (!d.abilities.update) return <Navigate to={pageHref.dialogue(d.id)} replace />;
  const title = localized(d.title, locale, d.defaultLocale);
  const initial = dialogueDraftOf(d, locale);

  return (
    <Page
      title={t('planner.title', { title })}
      before={
        <Link className="back-link" to={pageHref.dialogue(d.id)}>
          {t('planner.backTo', { title })}
        </Link>
      }
    >
      <PlannerSteps dialogue={d} onChange={dialogue.setData}>
        {version > 0 ? (
          <Alert tone="success">
            <p>{t('planner.saved')}</p>
          </Alert>
        ) : null}
        <PlannerDetails
          key={version}
          draftKey={`dialogue.${d.id}`}
          creating={false}
          initial={initial}
          save={async (draft) => {
            const changes = dialoguePatchOf(initial, draft);
            if (Object.keys(changes).length > 0)
              dialogue.setData(await api.patch<Dialogue>(`/dialogues/${d.id}?locale=${locale}`, changes));
          }}
          onSaved={() => setVersion((v) => v + 1)}
        />
      </PlannerSteps>
    </Page>
  );
}

/** The planner: a new dialogue, or one being planned. */
export default function PlannerPage() {
  const { id } = useParams();
  return id ? <DialoguePlanner id={id} /> : <NewPlanner />;
}
