import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  contrastRatio,
  countByCategory,
  countryName,
  loadWorldMap,
  MAP_BORDER,
  MAP_NEUTRAL,
  MAP_PALETTE,
  mapShapes,
  resetWorldMapCache,
  type WorldMapAsset,
} from './world-map-data.js';

const assetText = readFileSync(new URL('./world-110m.json', import.meta.url), 'utf8');
const asset = JSON.parse(assetText) as WorldMapAsset;
// Read as a file, not imported: the web app does not depend on server code.
const knownCountries = new Set(
  (
    JSON.parse(
      readFileSync(new URL('../../../server/db/reference/data/countries.json', import.meta.url), 'utf8'),
    ) as { code: string }[]
  ).map((c) => c.code),
);

describe('world map asset', () => {
  it('stays light: under 120 KB as sent without compression, under 40 KB gzipped', () => {
    expect(assetText.length).toBeLessThan(120 * 1024);
    expect(gzipSync(assetText, { level: 9 }).length).toBeLessThan(40 * 1024);
  });

  it('has a view box and one path per known country, Antarctica left out', () => {
    expect(asset.viewBox).toMatch(/^0 0 1000 \d+$/);
    const codes = Object.keys(asset.countries);
    expect(codes.length).toBeGreaterThan(220);
    expect(codes.filter((code) => !knownCountries.has(code))).toEqual([]);
    for (const d of Object.values(asset.countries)) expect(d).toMatch(/^M-?\d+[ -]?\d+.*z$/);
    expect(codes).toContain('XK');
    expect(codes).not.toContain('AQ');
  });

  it('draws small states missing from the 1:110m data as dots', () => {
    expect(asset.markers).toEqual(expect.arrayContaining(['SG', 'MT', 'BB', 'WS']));
    for (const code of asset.markers) expect(asset.countries[code]).toMatch(/a4 4 0 1 0 8 0/);
    expect(asset.markers).not.toContain('MX');
  });

  it('lists countries west to east, the keyboard order', () => {
    const codes = Object.keys(asset.countries);
    const at = (code: string) => codes.indexOf(code);
    expect(at('MX')).toBeLessThan(at('BR'));
    expect(at('BR')).toBeLessThan(at('GH'));
    expect(at('GH')).toBeLessThan(at('IN'));
    expect(at('IN')).toBeLessThan(at('ID'));
  });
});

describe('mapShapes', () => {
  const categories = [
    { key: 'published', label: 'Published', color: MAP_PALETTE[0] },
    { key: 'draft', label: 'Draft', color: MAP_PALETTE[1] },
  ];
  const values = { MX: 'published', SG: 'draft', IN: 'unknown-key', ZZ: 'published' };
  const { shapes, valued } = mapShapes(asset, values, categories);

  it('fills countries with their category and the rest neutral', () => {
    expect(shapes.find((s) => s.code === 'MX')?.category?.key).toBe('published');
    expect(shapes.find((s) => s.code === 'BR')?.category).toBeNull();
    // A value that is not a category is drawn neutral, not in a colour nobody explains.
    expect(shapes.find((s) => s.code === 'IN')?.category).toBeNull();
  });

  it('draws the dot of a small state only when it has a value', () => {
    expect(shapes.some((s) => s.code === 'SG')).toBe(true);
    expect(shapes.some((s) => s.code === 'MT')).toBe(false);
  });

  it('lists the valued countries west to east, ignoring codes the map does not know', () => {
    expect(valued.map((s) => s.code)).toEqual(['MX', 'SG']);
  });

  it('counts countries by category for the legend', () => {
    expect(countByCategory(values).get('published')).toBe(2);
  });
});

describe('colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('red', '#fff')).toBeNaN();
  });

  it('offers a palette that stands out 3:1 against the neutral fill and the borders', () => {
    for (const color of MAP_PALETTE) {
      expect(contrastRatio(color, MAP_NEUTRAL), color).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, MAP_BORDER), color).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('loadWorldMap', () => {
  afterEach(() => resetWorldMapCache());
  const ok = () => new Response(assetText, { status: 200 });

  it('fetches the asset once and shares it', async () => {
    const fetcher = vi.fn(async () => ok());
    const [a, b] = await Promise.all([loadWorldMap('/m.json', fetcher), loadWorldMap('/m.json', fetcher)]);
    expect(a).toBe(b);
    expect(await loadWorldMap('/m.json', fetcher)).toBe(a);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('does not remember a failure, so trying again fetches anew', async () => {
    const fetcher = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(new Response('{"not":"a map"}', { status: 200 }))
      .mockResolvedValueOnce(ok());
    await expect(loadWorldMap('/m.json', fetcher)).rejects.toThrow(/HTTP 503/);
    await expect(loadWorldMap('/m.json', fetcher)).rejects.toThrow(/unexpected file/);
    expect((await loadWorldMap('/m.json', fetcher)).viewBox).toBe(asset.viewBox);
  });
});

describe('countryName', () => {
  it('names countries in the reader’s language, falling back to the code', () => {
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('XK', 'en')).toBe('Kosovo');
    expect(countryName('CI', 'fr')).toBe('Côte d’Ivoire');
  });
});
