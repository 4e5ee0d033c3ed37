/**
 * Builds the world map asset of the web app: src/web/components/world-map/world-110m.json.
 *
 * Usage: npm run build:world-map  (rerun only to change the projection or the data; the output is
 * committed, so builds and CI never need the map packages at run time)
 *
 * Reads the Natural Earth 1:110m admin-0 countries (public domain) from the `world-atlas` package
 * (TopoJSON, ISC), projects them once with the Equal Earth projection (equal-area, so large
 * countries do not look more important than they are), rounds the coordinates to a whole unit
 * of a 1000-wide view box, drops rings that round to nothing and writes, per ISO 3166-1 alpha-2
 * code, one SVG path with relative commands. See docs/adr/0007-world-map.md.
 *
 * Small states missing from the 1:110m data (Singapore, Malta, most Caribbean and Pacific island
 * states…) are taken from the 1:50m data as a dot at their centroid, listed in `markers`: the map
 * draws them only when they carry a value, so the ocean is not sprinkled with grey dots.
 *
 * Shapes without an ISO code: Kosovo becomes XK (as in the reference countries list);
 * Northern Cyprus is merged into CY and Somaliland into SO (the ISO 3166 view, as the UN's);
 * Antarctica and the uninhabited sub-antarctic islands (HM, GS) are left out (no country record
 * in use, and Antarctica would take a fifth of the height).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const OUT = join(repoRoot, 'src/web/components/world-map/world-110m.json');
const WIDTH = 1000;
/** Rings smaller than this (in square view-box units) are dropped, except a country's largest. */
const MIN_RING_AREA = 2;

/** Natural Earth shapes that have no ISO numeric id, by their name in world-atlas. */
const UNCODED: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };
const LEFT_OUT = new Set(['AQ', 'HM', 'GS']);
/** Radius of the dot that stands for a small state, in view-box units. */
const MARKER_RADIUS = 4;

type Point = [number, number];

/** A d3 path context that collects rings of points rounded to whole units. */
class RingCollector {
  rings: Point[][] = [];
  private ring: Point[] = [];
  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }
  lineTo(x: number, y: number) {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }
  closePath() {
    this.flush();
  }
  arc() {}
  beginPath() {}
  flush() {
    const ring = this.ring;
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (ring.length >= 3) this.rings.push(ring);
    this.ring = [];
  }
}

function area(ring: Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as Point;
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** "M x y l dx dy dx dy … z" for each ring, with the shortest separators SVG allows. */
function pathData(rings: Point[][]): string {
  const num = (out: string, n: number) => (out === '' || n < 0 ? `${out}${n}` : `${out} ${n}`);
  return rings
    .map((ring) => {
      const [x0, y0] = ring[0] as Point;
      let out = `M${num(String(x0), y0)}l`;
      let body = '';
      for (let i = 1; i < ring.length; i++) {
        const [x, y] = ring[i] as Point;
        const [px, py] = ring[i - 1] as Point;
        body = num(num(body, x - px), y - py);
      }
      out += body;
      return `${out}z`;
    })
    .join('');
}

type CountryObject = GeometryObject & { id?: string; properties?: { name?: string } };

function readAtlas(scale: '110m' | '50m') {
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'),
  ) as Topology;
  const object = topology.objects.countries as GeometryObject & { geometries: CountryObject[] };
  return { topology, geometries: object.geometries };
}

/** The ISO alpha-2 code of a Natural Earth shape, or null for one to leave out. */
function codeOf(geometry: CountryObject): string | null {
  const name = geometry.properties?.name ?? '';
  const code = geometry.id ? countries.numericToAlpha2(geometry.id) : UNCODED[name];
  if (!code) {
    console.warn(`left out ${name}: no ISO code`);
    return null;
  }
  if (LEFT_OUT.has(code)) return null;
  if (!knownCodes.has(code)) {
    console.warn(`left out ${code} (${name}): not in countries.json`);
    return null;
  }
  return code;
}

/** One feature per country, merging the shapes that share a code (CY + N. Cyprus, SO + Somaliland). */
function featuresOf(atlas: ReturnType<typeof readAtlas>, only?: (code: string) => boolean) {
  const byCode = new Map<string, GeometryObject[]>();
  for (const geometry of atlas.geometries) {
    const code = codeOf(geometry);
    if (!code || (only && !only(code))) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), geometry]);
  }
  return [...byCode].map(
    ([code, parts]): Feature<Geometry, { code: string }> => ({
      type: 'Feature',
      properties: { code },
      geometry:
        parts.length === 1
          ? (feature(atlas.topology, parts[0] as GeometryObject) as Feature).geometry
          : merge(atlas.topology, parts as never),
    }),
  );
}

const knownCodes = new Set(
  (
    JSON.parse(readFileSync(join(repoRoot, 'src/server/db/reference/data/countries.json'), 'utf8')) as {
      code: string;
    }[]
  ).map((c) => c.code),
);

const shaped = featuresOf(readAtlas('110m'));
const shapedCodes = new Set(shaped.map((f) => f.properties.code));
const dotted = featuresOf(readAtlas('50m'), (code) => !shapedCodes.has(code));
const collection: FeatureCollection<Geometry, { code: string }> = {
  type: 'FeatureCollection',
  features: shaped,
};

const projection = geoEqualEarth().fitWidth(WIDTH, collection);
const path = geoPath(projection);
const bounds = path.bounds(collection);
const height = Math.ceil(bounds[1][1]);
const viewBox = `0 0 ${WIDTH} ${height}`;

const shapes = shaped.map((f) => {
  const collector = new RingCollector();
  geoPath(projection, collector as never)(f);
  const rings = collector.rings;
  const largest = Math.max(...rings.map(area));
  const kept = rings.filter((ring) => area(ring) >= MIN_RING_AREA || area(ring) === largest);
  if (kept.length === 0) throw new Error(`${f.properties.code} has no shape left`);
  return { code: f.properties.code, d: pathData(kept), x: path.centroid(f)[0] };
});
const r = MARKER_RADIUS;
const dots = dotted.map((f) => {
  const [x, y] = path.centroid(f).map(Math.round) as Point;
  const d = `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
  return { code: f.properties.code, d, x };
});
const all = [...shapes, ...dots];
// Listed west to east: the order in which the keyboard moves through the map.
all.sort((a, b) => a.x - b.x || a.code.localeCompare(b.code));

const asset = {
  source:
    'Natural Earth 1:110m admin-0 countries, small states from 1:50m (public domain), via world-atlas 2.0.2; Equal Earth projection',
  viewBox,
  countries: Object.fromEntries(all.map((s) => [s.code, s.d])),
  markers: dots.map((s) => s.code).sort(),
};
const text = `${JSON.stringify(asset, null, 2)}\n`;
writeFileSync(OUT, text);
const gz = gzipSync(text, { level: 9 }).length;
console.log(
  `${OUT}: ${shapes.length} shapes + ${dots.length} dots, viewBox ${viewBox}, ${(text.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`,
);
