import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../platform/http/pagination.js';
import { allPages, ids, putExperience, search, setUpSearchKit } from './search-test-kit.js';

const kit = setUpSearchKit();

/** 25 experiences: published a day apart (e0 oldest), views 0–24 in a shuffled order, all about "harbour". */
const made: { id: string; views: number; at: Date }[] = [];
const VIEWS = [7, 3, 19, 0, 24, 11, 5, 16, 9, 21, 2, 14, 18, 6, 1, 23, 10, 13, 4, 20, 8, 22, 12, 17, 15];

beforeAll(async () => {
  for (let i = 0; i < 25; i++) {
    const at = new Date(Date.UTC(2024, 0, 1 + i, 9, 30, 0, i));
    made.push({
      id: await putExperience(kit, {
        publishedAt: at,
        viewCount: VIEWS[i],
        content: {
          title: { en: i === 3 ? 'Harbour management reform' : `Port story ${i}` },
          summary: { en: i % 2 ? 'Harbour authorities and customs.' : 'Customs and logistics.' },
          approach: { en: 'The harbour pilots trained their peers.' },
        },
      }),
      views: VIEWS[i] as number,
      at,
    });
  }
});

describe('GET /experiences: sorting', () => {
  it('sorts newest first by default without a text, and by relevance with one', async () => {
    expect(await ids(kit, '')).toEqual([...made].reverse().map((m) => m.id));
    const relevant = await ids(kit, 'q=harbour');
    expect(relevant[0]).toBe(made[3]?.id); // the only title match
    expect(relevant).toHaveLength(25);
  });

  it('sorts by views and by date when asked, with a text too', async () => {
    const byViews = [...made].sort((a, b) => b.views - a.views).map((m) => m.id);
    expect(await ids(kit, 'sort=views')).toEqual(byViews);
    expect(await ids(kit, 'q=harbour&sort=views')).toEqual(byViews);
    expect(await ids(kit, 'q=harbour&sort=newest')).toEqual([...made].reverse().map((m) => m.id));
  });
});

describe('GET /experiences: pagination', () => {
  it.each(['sort=newest', 'sort=views', 'q=harbour', 'q=harbour&sort=newest', 'q=harbour&sort=views'])(
    'pages through %s without duplicates or gaps',
    async (query) => {
      const { ids: seen, pages } = await allPages(kit, `${query}&limit=7&facets=false`);
      expect(pages).toBe(4);
      expect(new Set(seen).size).toBe(25);
      expect(seen).toEqual(await ids(kit, query));
    },
  );

  it('reports the total on every page', async () => {
    const first = await search(kit, 'q=harbour&limit=10&facets=false');
    expect(first.total).toBe(25);
    const second = await search(kit, `q=harbour&limit=10&facets=false&cursor=${first.nextCursor}`);
    expect(second.total).toBe(25);
    const newest = await search(kit, 'limit=10&facets=false');
    expect(newest.total).toBe(25);
    const next = await search(kit, `limit=10&facets=false&cursor=${newest.nextCursor}`);
    expect(next.total).toBe(25);
  });

  it.each([
    ['not base64 json', 'sort=newest&cursor=%%%'],
    ['a relevance cursor for newest', `sort=newest&cursor=${encodeCursor({ v: 10, id: 'relevance' })}`],
    [
      'a bad date',
      `sort=newest&cursor=${encodeCursor({ v: '2024-13-45T99:00:00.000000', id: '00000000-0000-4000-8000-000000000000' })}`,
    ],
    ['a negative offset', `q=harbour&cursor=${encodeCursor({ v: -5, id: 'relevance' })}`],
    [
      'views as text',
      `sort=views&cursor=${encodeCursor({ v: 'many', id: '00000000-0000-4000-8000-000000000000' })}`,
    ],
  ])('refuses %s, naming the cursor', async (_, query) => {
    const res = await kit.t.app.inject({ method: 'GET', url: `/api/v1/experiences?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('cursor');
  });
});

describe('GET /experiences: stale marks', () => {
  it('marks experiences not verified for more than 12 months (by the service clock)', async () => {
    const now = kit.t.clock.now();
    const old = new Date(now);
    old.setUTCMonth(old.getUTCMonth() - 13);
    const recent = new Date(now);
    recent.setUTCMonth(recent.getUTCMonth() - 11);
    const stale = await putExperience(kit, {
      lastVerifiedAt: old,
      content: { title: { en: 'Quorbly stale' } },
    });
    const fresh = await putExperience(kit, {
      lastVerifiedAt: recent,
      content: { title: { en: 'Quorbly fresh' } },
    });
    const res = await search(kit, 'q=quorbly&facets=false');
    const byId = Object.fromEntries(res.items.map((i) => [i.id, i.stale]));
    expect(byId).toEqual({ [stale]: true, [fresh]: false });
  });
});
