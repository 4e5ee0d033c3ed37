import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { useDraft } from '../../components/forms/use-draft.js';
import { Alert, Button, Loading, Select, TextField } from '../../components/ui/index.js';
import { type ParticipantRole, ROLE_OPTIONS } from './choices.js';
import { PlannerStep } from './PlannerStep.js';
import {
  emptyParticipant,
  type ParticipantDraft,
  participantDraftsOf,
  participantsBodyOf,
  rowsBySite,
} from './participants-model.js';
import { errorUnder } from './planner-model.js';
import type { Dialogue, ParticipantList } from './types.js';

/** Step 5: who takes part at each site (name, e-mail, role), saved as the whole list. */
export function ParticipantsEditor({ dialogue: d }: { dialogue: Dialogue }) {
  const { t } = useTranslation('dialogues');
  const list = useApi<ParticipantList>(`/dialogues/${d.id}/participants`);
  return (
    <PlannerStep id="people" title={t('planner.step.people')}>
      {d.sites.length === 0 ? (
        <p className="muted">{t('people.needSites')}</p>
      ) : list.data ? (
        <ParticipantRows dialogue={d} items={list.data} />
      ) : list.loading ? (
        <Loading />
      ) : (
        <ApiErrorAlert error={list.error} />
      )}
    </PlannerStep>
  );
}

function ParticipantRows({ dialogue: d, items }: { dialogue: Dialogue; items: ParticipantList }) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const draft = useDraft(`dialogue-people.${d.id}`, { rows: participantDraftsOf(items.items) });
  // A kept draft may name a site removed since: its rows go with it.
  const rows = draft.value.rows.filter((r) => d.sites.some((s) => s.id === r.siteId));
  const [announcement, setAnnouncement] = useState('');
  const setRows = (next: ParticipantDraft[]) => draft.update({ rows: next });
  // A participant just added: focus goes to their name.
  const form = useRef<HTMLFormElement>(null);
  const [focusName, setFocusName] = useState<number | null>(null);
  useEffect(() => {
    if (focusName === null) return;
    form.current?.querySelector<HTMLInputElement>(`[name="participants.${focusName}.name"]`)?.focus();
    setFocusName(null);
  }, [focusName]);
  const save = useSubmit(async () => {
    const saved = await api.put<ParticipantList>(
      `/dialogues/${d.id}/participants?locale=${locale}`,
      participantsBodyOf(rows),
    );
    draft.update({ rows: participantDraftsOf(saved.items) });
    draft.clear();
    setAnnouncement(t('people.saved', { count: saved.items.length }));
  });
  const errorAt = (path: string) => errorUnder(save.error?.fields, path);
  const change = (index: number, patch: Partial<ParticipantDraft>) =>
    setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <form onSubmit={save.onSubmit} noValidate ref={form}>
      {draft.restored ? (
        <Alert tone="info">
          <p>{t('people.restored')}</p>
          <Button variant="quiet" onClick={draft.discard}>
            {t('form.discard')}
          </Button>
        </Alert>
      ) : null}
      <ApiErrorAlert error={save.error} fields={['participants']} />
      {rowsBySite(
        rows,
        d.sites.map((s) => s.id),
      ).map(({ siteId, rows: siteRows }) => {
        const city = d.sites.find((s) => s.id === siteId)?.city ?? '';
        return (
          <fieldset key={siteId} className="people-site">
            <legend>{t('people.atSite', { city })}</legend>
            {siteRows.length === 0 ? <p className="muted">{t('people.none')}</p> : null}
            <ul className="people-list">
              {siteRows.map(({ row, index }) => {
                const path = `participants.${index}`;
                const name = row.name.trim() || t('people.unnamed');
                return (
                  <li key={row.key} className="people-row">
                    <TextField
                      label={t('people.name')}
                      name={`${path}.name`}
                      required
                      maxLength={200}
                      value={row.name}
                      error={errorAt(`${path}.name`)}
                      onChange={(e) => change(index, { name: e.target.value })}
                    />
                    <TextField
                      label={t('people.email')}
                      name={`${path}.email`}
                      type="email"
                      value={row.email}
                      error={errorAt(`${path}.email`)}
                      onChange={(e) => change(index, { email: e.target.value })}
                    />
                    <Select
                      label={t('people.role')}
                      name={`${path}.role`}
                      options={ROLE_OPTIONS.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                      value={row.role}
                      error={errorAt(`${path}.role`)}
                      onChange={(e) => change(index, { role: e.target.value as ParticipantRole })}
                    />
                    <Button
                      variant="danger"
                      className="btn-small"
                      aria-label={t('people.removeNamed', { name, city })}
                      onClick={() => {
                        setRows(rows.filter((_, i) => i !== index));
                        setAnnouncement(t('people.removed', { name }));
                      }}
                    >
                      {t('people.remove')}
                    </Button>
                  </li>
                );
              })}
            </ul>
            <Button
              variant="secondary"
              className="btn-small"
              onClick={() => {
                setRows([...rows, emptyParticipant(siteId)]);
                setFocusName(rows.length);
                setAnnouncement(t('people.added', { city }));
              }}
            >
              {t('people.add', { city })}
            </Button>
          </fieldset>
        );
      })}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <Button type="submit" busy={save.pending}>
        {t('people.save')}
      </Button>
    </form>
  );
}
