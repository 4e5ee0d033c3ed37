import type { ActionBody, DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import { withQuery } from '../../api/client.js';

/** The actions list's filters as its address holds them, and the add-an-action form's draft. */

export const ACTION_STATUSES = ['open', 'done', 'all'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ActionFilters {
  status: ActionStatus;
  organisation: string;
  series: string;
}

/** The filters of `/dialogues/actions?status=…`; malformed values are dropped (a hand-edited link). */
export function readActionFilters(params: URLSearchParams): ActionFilters {
  const status = params.get('status');
  const id = (name: string) => {
    const value = params.get(name) ?? '';
    return UUID.test(value) ? value : '';
  };
  return {
    status: ACTION_STATUSES.includes(status as ActionStatus) ? (status as ActionStatus) : 'open',
    organisation: id('organisation'),
    series: id('series'),
  };
}

/** The API page of actions for the filters (open is the API's default, left out). */
export function actionsPath(f: ActionFilters, locale: string): string {
  return withQuery('/dialogue-actions', {
    status: f.status === 'open' ? null : f.status,
    organisation: f.organisation,
    series: f.series,
    locale,
  });
}

/** The filters as the page's own query string (defaults left out: a short link to share). */
export function actionFilterParams(f: ActionFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.status !== 'open') out.status = f.status;
  if (f.organisation) out.organisation = f.organisation;
  if (f.series) out.series = f.series;
  return out;
}

/** A dialogue's actions, then its "what's next" items, each in their order. */
export function splitActions(items: readonly DialogueAction[]) {
  const byPosition = (a: DialogueAction, b: DialogueAction) => a.position - b.position;
  return {
    actions: items.filter((i) => i.kind === 'action').sort(byPosition),
    next: items.filter((i) => i.kind === 'next').sort(byPosition),
  };
}

/** Who owns an action, as one line ("Ana Ruiz, Ministry of Finance"); empty when nobody is named. */
export const actionOwner = (a: Pick<DialogueAction, 'ownerName' | 'ownerOrganisation'>): string =>
  [a.ownerName, a.ownerOrganisation?.name].filter(Boolean).join(', ');

/** The add form's draft (kept on the device until saved). */
export interface ActionDraft {
  languages: string[];
  text: string;
  ownerName: string;
  ownerOrganisation: { id: string; name: string } | null;
  dueOn: string;
}

export const emptyActionDraft = (locale: string): ActionDraft => ({
  languages: [locale],
  text: '',
  ownerName: '',
  ownerOrganisation: null,
  dueOn: '',
});

/** The API body of the draft: the text in the language it was written in. */
export function actionBody(d: ActionDraft, kind: DialogueAction['kind']): ActionBody {
  const text = d.text.trim();
  return {
    kind,
    text: text ? { [d.languages[0] ?? 'en']: text } : {},
    ownerName: d.ownerName.trim(),
    ownerOrganisationId: d.ownerOrganisation?.id ?? null,
    dueOn: d.dueOn || null,
  };
}
