import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RubricText } from '../../db/reference/assessment-rubric.js';
import { VOCABULARIES } from '../../db/reference/vocabularies.js';
import { buildUser } from '../../test/factories.js';
import { type Session, type TestApp, testApp } from '../../test/harness.js';
import {
  type AssessmentRubric,
  rubricRows,
  syncAssessmentRubric,
  syncReferenceData,
} from './reference.sync.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
});
afterAll(() => t?.close());

const db = () => t.runtime.deps.db;
const [first, second] = VOCABULARIES.assessment_dimension.map((item) => item.code) as [string, string];
const text = (tag: string): RubricText => ({ en: `${tag} en`, es: `${tag} es`, fr: `${tag} fr` });
const levels = (tag: string) => [0, 1, 2, 3, 4].map((level) => text(`${tag} ${level}`));
const rubricOf = (tag: string): AssessmentRubric => ({ [first]: levels(tag), [second]: levels(tag) });

const rubricTable = () =>
  db()
    .selectFrom('assessment_rubric_levels')
    .select(['dimension', 'level', 'description', 'updated_by'])
    .where('dimension', 'in', [first, second])
    .orderBy('dimension')
    .orderBy('level')
    .execute();

describe('income groups in the reference sync', () => {
  it('fills countries.income_group, null where the World Bank does not classify', async () => {
    const rows = await db()
      .selectFrom('countries')
      .select(['code', 'income_group'])
      .where('code', 'in', ['MX', 'IN', 'SG', 'RW', 'VE'])
      .orderBy('code')
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.code, r.income_group]))).toEqual({
      IN: 'LM',
      MX: 'UM',
      RW: 'L',
      SG: 'H',
      VE: null,
    });
  });

  it('serves incomeGroup in the countries list', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reference/countries' });
    const items = res.json().items as { code: string; incomeGroup: string | null }[];
    expect(items.find((c) => c.code === 'RW')?.incomeGroup).toBe('L');
    expect(items.find((c) => c.code === 'VE')?.incomeGroup).toBeNull();
  });

  it('restores an income group changed in the database at the next full sync', async () => {
    await db().updateTable('countries').set({ income_group: 'H' }).where('code', '=', 'IN').execute();
    await db().updateTable('reference_sync').set({ checksum: 'changed' }).execute();
    expect(await syncReferenceData(db(), t.clock.now())).toBe(true);
    const row = await db()
      .selectFrom('countries')
      .select('income_group')
      .where('code', '=', 'IN')
      .executeTakeFirst();
    expect(row?.income_group).toBe('LM');
  });
});

describe('assessment rubric loader', () => {
  beforeAll(async () => {
    await db().deleteFrom('assessment_rubric_levels').where('dimension', 'in', [first, second]).execute();
  });

  it('inserts every missing level of the rubric', async () => {
    await syncAssessmentRubric(db(), rubricOf('v1'), t.clock.now());
    const rows = await rubricTable();
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({
      dimension: first,
      level: 0,
      description: text('v1 0'),
      updated_by: null,
    });
    expect(rows.every((r) => r.updated_by === null)).toBe(true);
  });

  it('refreshes levels nobody edited, never a level an administrator edited', async () => {
    const edited = { en: 'Edited by hand', es: 'Editado', fr: 'Modifié' };
    await db()
      .updateTable('assessment_rubric_levels')
      .set({ description: JSON.stringify(edited), updated_by: admin.userId })
      .where('dimension', '=', first)
      .where('level', '=', 2)
      .execute();
    await syncAssessmentRubric(db(), rubricOf('v2'), t.clock.now());
    const rows = await rubricTable();
    const at = (dimension: string, level: number) =>
      rows.find((r) => r.dimension === dimension && r.level === level);
    expect(at(first, 2)).toMatchObject({ description: edited, updated_by: admin.userId });
    expect(at(first, 3)?.description).toEqual(text('v2 3'));
    expect(at(second, 2)?.description).toEqual(text('v2 2'));
  });

  it('puts back a level that went missing, keeping the others', async () => {
    await db()
      .deleteFrom('assessment_rubric_levels')
      .where('dimension', '=', second)
      .where('level', '=', 4)
      .execute();
    await syncAssessmentRubric(db(), rubricOf('v2'), t.clock.now());
    expect(await rubricTable()).toHaveLength(10);
  });

  it('reruns the full sync when the rubric changes, and only then', async () => {
    expect(await syncReferenceData(db(), t.clock.now(), rubricOf('v3'))).toBe(true);
    const rows = await rubricTable();
    expect(rows.find((r) => r.dimension === second && r.level === 0)?.description).toEqual(text('v3 0'));
    expect(rows.find((r) => r.dimension === first && r.level === 2)?.updated_by).toBe(admin.userId);
    expect(await syncReferenceData(db(), t.clock.now(), rubricOf('v3'))).toBe(false);
  });

  it('refuses a rubric with an unknown dimension, a wrong number of levels or a missing language', () => {
    expect(() => rubricRows({ no_such_dimension: levels('x') })).toThrow(
      /unknown dimension no_such_dimension/,
    );
    expect(() => rubricRows({ [first]: levels('x').slice(0, 4) })).toThrow(/4 levels, not 5/);
    const gap = levels('x');
    gap[3] = { en: 'Only English', es: '', fr: 'Seulement' };
    expect(() => rubricRows({ [first]: gap })).toThrow(new RegExp(`${first} 3 lacks es`));
  });

  it('leaves the rubric table alone when the seeded rubric is empty', async () => {
    const before = await db()
      .selectFrom('assessment_rubric_levels')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    await syncAssessmentRubric(db(), {}, t.clock.now());
    const after = await db()
      .selectFrom('assessment_rubric_levels')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
