// Pure parts of the world map: the asset's shape, loading it once, which countries to draw how,
// and the colour rules. No React here, so tests run without a browser.

/** The pre-projected map built by scripts/build-world-map.ts (see docs/adr/0007-world-map.md). */
export interface WorldMapAsset {
  viewBox: string;
  /** ISO 3166-1 alpha-2 code → SVG path, listed west to east (the keyboard order). */
  countries: Record<string, string>;
  /** Small states drawn as a dot; shown only when they carry a value. */
  markers: string[];
}

/** One category of the legend (same shape as the component's MapCategory). */
export interface Category {
  key: string;
  label: string;
  color: string;
}

/** Fill of countries without a value, and the borders between countries. */
export const MAP_NEUTRAL = '#d5dae0';
export const MAP_BORDER = '#ffffff';

/**
 * Category colours with at least 3:1 contrast against MAP_NEUTRAL and the white page and borders
 * (WCAG 1.4.11), distinct for the common kinds of colour blindness. Callers may use their own;
 * the component warns in development when one is too pale.
 */
export const MAP_PALETTE = ['#0b5563', '#b45309', '#6d28d9', '#15803d', '#be123c', '#1d4ed8'] as const;

function isAsset(data: unknown): data is WorldMapAsset {
  const d = data as WorldMapAsset | null;
  return (
    !!d &&
    typeof d.viewBox === 'string' &&
    !!d.countries &&
    typeof d.countries === 'object' &&
    Array.isArray(d.markers)
  );
}

let pending: Promise<WorldMapAsset> | null = null;

/**
 * Fetches the map asset once per page load (the browser caches the hashed file for a year).
 * A failure is not remembered, so "try again" fetches anew.
 */
export function loadWorldMap(url: string, fetcher: typeof fetch = fetch): Promise<WorldMapAsset> {
  pending ??= fetcher(url)
    .then(async (res) => {
      if (!res.ok) throw new Error(`world map: HTTP ${res.status}`);
      const data: unknown = await res.json();
      if (!isAsset(data)) throw new Error('world map: unexpected file');
      return data;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

/** Forgets the loaded asset (tests). */
export function resetWorldMapCache(): void {
  pending = null;
}

export interface MapShape {
  code: string;
  d: string;
  /** The country's category, or null for the neutral fill. */
  category: Category | null;
}

/**
 * The shapes to draw, in the asset's west-to-east order: every country with a shape (neutral
 * when it has no value or its value is not a known category), plus the dots of small states that
 * have a value. `valued` lists, in the same order, the shapes that carry a category.
 */
export function mapShapes(
  asset: WorldMapAsset,
  values: Record<string, string>,
  categories: Category[],
): { shapes: MapShape[]; valued: MapShape[] } {
  const byKey = new Map(categories.map((c) => [c.key, c]));
  const markers = new Set(asset.markers);
  const shapes: MapShape[] = [];
  for (const [code, d] of Object.entries(asset.countries)) {
    const key = values[code];
    const category = (key !== undefined && byKey.get(key)) || null;
    if (markers.has(code) && !category) continue;
    shapes.push({ code, d, category });
  }
  return { shapes, valued: shapes.filter((s) => s.category) };
}

/** How many countries of `values` fall in each category key (countries the map cannot show too). */
export function countByCategory(values: Record<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of Object.values(values)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The country's name in the reader's language from the browser's own data, or its code. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return Number.NaN;
  const h =
    (m[1] as string).length === 3 ? [...(m[1] as string)].map((c) => c + c).join('') : (m[1] as string);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rgb / #rrggbb colours (NaN for other notations). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
