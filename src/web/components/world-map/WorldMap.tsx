import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';
import mapUrl from './world-110m.json?url';
import {
  contrastRatio,
  countByCategory,
  countryName,
  loadWorldMap,
  MAP_BORDER,
  MAP_NEUTRAL,
  type MapShape,
  mapShapes,
  type WorldMapAsset,
} from './world-map-data.js';

/** One category of the map's legend: the countries with this key are filled with this colour. */
export interface MapCategory {
  key: string;
  label: string;
  color: string;
}

export interface WorldMapProps {
  /** ISO 3166-1 alpha-2 code → category key; countries not listed are drawn neutral. */
  values: Record<string, string>;
  categories: MapCategory[];
  /** Accessible name of the map, e.g. "Countries by published profile". */
  label: string;
  /** Called with the alpha-2 code when a country is activated (click or keyboard). */
  onSelect?: (code: string) => void;
}

// The map's width:height before the asset arrives, so the page does not jump when it does.
const PLACEHOLDER_RATIO = '1000 / 440';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; asset: WorldMapAsset };

/**
 * A choropleth world map drawn as plain SVG from a pre-projected asset fetched on first use
 * (docs/adr/0007-world-map.md): no map library, nothing in the page's JavaScript but this file.
 *
 * Accessibility: the legend names every category in text. With `onSelect`, the countries that
 * carry a value are buttons named "country: category" (names from the browser's Intl data in the
 * reader's language) with one tab stop for the whole map: the arrow keys move west and east between
 * them, Home and End jump to the ends, Enter or Space selects. Countries without a value are
 * decoration. Without `onSelect` the map is one image named by `label`. Either way the caller
 * should show the same facts as a list or table: that is the map's text equivalent, and what
 * remains when the map cannot be loaded.
 */
export function WorldMap({ values, categories, label, onSelect }: WorldMapProps) {
  const { t, i18n } = useTranslation('world-map');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    // `attempt` restarts the fetch after "try again".
    void attempt;
    loadWorldMap(mapUrl).then(
      (asset) => live && setLoad({ state: 'ready', asset }),
      () => live && setLoad({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    if (!import.meta.env.DEV) return;
    for (const c of categories) {
      const ratio = contrastRatio(c.color, MAP_NEUTRAL);
      if (!(ratio >= 3))
        console.warn(`WorldMap: ${c.key} (${c.color}) has contrast ${ratio.toFixed(2)}:1 < 3:1`);
    }
  }, [categories]);

  const counts = useMemo(() => countByCategory(values), [values]);
  const hintId = useId();
  const legend = (
    <ul className="world-map-legend" aria-label={t('legend')} style={legendStyle}>
      {categories.map((c) => (
        <li key={c.key} style={legendItemStyle}>
          <Swatch color={c.color} />
          {c.label} ({counts.get(c.key) ?? 0})
        </li>
      ))}
      <li style={legendItemStyle}>
        <Swatch color={MAP_NEUTRAL} />
        {t('noValue')}
      </li>
    </ul>
  );

  return (
    <div className="world-map">
      {load.state === 'ready' ? (
        <WorldMapSvg
          asset={load.asset}
          values={values}
          categories={categories}
          label={label}
          onSelect={onSelect}
          locale={i18n.resolvedLanguage ?? i18n.language}
          describedBy={onSelect ? hintId : undefined}
        />
      ) : (
        <div style={{ aspectRatio: PLACEHOLDER_RATIO, display: 'grid', placeItems: 'center' }}>
          {load.state === 'loading' ? (
            <p role="status">{t('loading')}</p>
          ) : (
            <div role="alert" style={{ textAlign: 'center' }}>
              <p>{t('failed')}</p>
              <Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
                {t('retry')}
              </Button>
            </div>
          )}
        </div>
      )}
      {legend}
      {onSelect && load.state === 'ready' ? (
        <p id={hintId} className="muted" style={{ margin: 0 }}>
          {t('keyboardHint')}
        </p>
      ) : null}
    </div>
  );
}

function Swatch({ color }: { color: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <rect x="0.5" y="0.5" width="13" height="13" fill={color} stroke="#4b5563" />
    </svg>
  );
}

/** The map itself, once the asset is loaded (exported for tests). */
export interface WorldMapSvgProps extends WorldMapProps {
  asset: WorldMapAsset;
  locale: string;
  /** Id of the text that explains the keyboard (when countries can be selected). */
  describedBy?: string | undefined;
}

export function WorldMapSvg({
  asset,
  values,
  categories,
  label,
  onSelect,
  locale,
  describedBy,
}: WorldMapSvgProps) {
  const { t } = useTranslation('world-map');
  const { shapes, valued } = useMemo(() => mapShapes(asset, values, categories), [asset, values, categories]);
  const names = useMemo(() => {
    const out = new Map<string, string>();
    for (const s of shapes) out.set(s.code, countryName(s.code, locale));
    return out;
  }, [shapes, locale]);
  const [active, setActive] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGPathElement>());
  const interactive = !!onSelect && valued.length > 0;
  // The one tab stop: the last country focused, else the westernmost with a value.
  const tabStop = valued.some((s) => s.code === active) ? active : (valued[0]?.code ?? null);

  const move = useCallback(
    (from: string, step: number | 'first' | 'last') => {
      const i = valued.findIndex((s) => s.code === from);
      const next =
        step === 'first'
          ? valued[0]
          : step === 'last'
            ? valued[valued.length - 1]
            : valued[Math.min(valued.length - 1, Math.max(0, i + step))];
      if (!next) return;
      setActive(next.code);
      refs.current.get(next.code)?.focus();
    },
    [valued],
  );

  const onKeyDown = (code: string) => (event: KeyboardEvent<SVGPathElement>) => {
    const keys: Record<string, number | 'first' | 'last'> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    const step = keys[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(code, step);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(code);
    }
  };

  const nameOf = (s: MapShape) => {
    const name = names.get(s.code) ?? s.code;
    return s.category ? t('countryValue', { country: name, value: s.category.label }) : name;
  };
  const focusShape = valued.find((s) => s.code === focused);

  return (
    <svg
      viewBox={asset.viewBox}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      aria-describedby={interactive ? describedBy : undefined}
      style={{ display: 'block', width: '100%', height: 'auto' }}
    >
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable */}
      <g aria-hidden="true" fill={MAP_NEUTRAL} stroke={MAP_BORDER} strokeWidth={0.5}>
        {shapes
          .filter((s) => !s.category)
          .map((s) => (
            <path key={s.code} d={s.d} vectorEffect="non-scaling-stroke">
              <title>{nameOf(s)}</title>
            </path>
          ))}
      </g>
      <g stroke={MAP_BORDER} strokeWidth={0.5}>
        {valued.map((s) => (
          <path
            key={s.code}
            d={s.d}
            fill={s.category?.color}
            vectorEffect="non-scaling-stroke"
            ref={(el) => {
              if (el) refs.current.set(s.code, el);
              else refs.current.delete(s.code);
            }}
            {...(interactive
              ? {
                  role: 'button',
                  'aria-label': nameOf(s),
                  tabIndex: s.code === tabStop ? 0 : -1,
                  style: { cursor: 'pointer', outline: 'none' },
                  onClick: () => {
                    setActive(s.code);
                    onSelect?.(s.code);
                  },
                  onKeyDown: onKeyDown(s.code),
                  onFocus: () => {
                    setActive(s.code);
                    setFocused(s.code);
                  },
                  onBlur: () => setFocused((f) => (f === s.code ? null : f)),
                }
              : {})}
          >
            <title>{nameOf(s)}</title>
          </path>
        ))}
      </g>
      {focusShape ? (
        // Drawn last so the focus ring is not hidden under neighbouring countries.
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable
        <g fill="none" pointerEvents="none" aria-hidden="true">
          <path d={focusShape.d} stroke="#111827" strokeWidth={4} vectorEffect="non-scaling-stroke" />
          <path d={focusShape.d} stroke="#ffffff" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
        </g>
      ) : null}
    </svg>
  );
}

const legendStyle = {
  listStyle: 'none',
  margin: '0.5rem 0',
  padding: 0,
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1rem',
} as const;
const legendItemStyle = { display: 'inline-flex', alignItems: 'center', gap: '0.4rem' } as const;
