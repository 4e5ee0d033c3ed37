import { describe, expect, it } from 'vitest';
import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import {
  actionBody,
  actionFilterParams,
  actionsPath,
  emptyActionDraft,
  readActionFilters,
  splitActions,
} from './actions-model.js';

const ORG = '5b0c3f5e-8d0a-4a43-9d87-8f1b2d1d7a10';
const SERIES = '0f9f3c1e-2b7a-4c3e-8a51-3d7c9b0e6f21';

describe('the actions list’s filters', () => {
  it('reads them from the address, dropping what is malformed', () => {
    expect(readActionFilters(new URLSearchParams(`status=done&organisation=${ORG}&series=nope`))).toEqual({
      status: 'done',
      organisation: ORG,
      series: '',
    });
    expect(readActionFilters(new URLSearchParams('status=late')).status).toBe('open');
  });

  it('asks the API with what is set, the default state left out', () => {
    const f = { status: 'open' as const, organisation: '', series: SERIES };
    expect(actionsPath(f, 'es')).toBe(`/dialogue-actions?series=${SERIES}&locale=es`);
    expect(actionsPath({ ...f, status: 'all' }, 'en')).toBe(
      `/dialogue-actions?status=all&series=${SERIES}&locale=en`,
    );
    expect(actionFilterParams(f)).toEqual({ series: SERIES });
  });
});

const item = (id: string, kind: DialogueAction['kind'], position: number) =>
  ({ id, kind, position }) as DialogueAction;

describe('a dialogue’s items', () => {
  it('splits actions from what’s next, each in its order', () => {
    const { actions, next } = splitActions([
      item('n2', 'next', 3),
      item('a1', 'action', 1),
      item('n1', 'next', 2),
      item('a0', 'action', 0),
    ]);
    expect(actions.map((a) => a.id)).toEqual(['a0', 'a1']);
    expect(next.map((a) => a.id)).toEqual(['n1', 'n2']);
  });
});

describe('the add form', () => {
  it('sends the text in the language it was written in, and nulls for what is left empty', () => {
    const draft = { ...emptyActionDraft('fr'), text: '  Partager la méthode ', ownerName: ' Ana ' };
    expect(actionBody(draft, 'action')).toEqual({
      kind: 'action',
      text: { fr: 'Partager la méthode' },
      ownerName: 'Ana',
      ownerOrganisationId: null,
      dueOn: null,
    });
    const next = { ...draft, ownerOrganisation: { id: ORG, name: 'MSP' }, dueOn: '2026-09-30' };
    expect(actionBody(next, 'next')).toMatchObject({
      kind: 'next',
      ownerOrganisationId: ORG,
      dueOn: '2026-09-30',
    });
    expect(actionBody(emptyActionDraft('en'), 'action').text).toEqual({});
  });
});
