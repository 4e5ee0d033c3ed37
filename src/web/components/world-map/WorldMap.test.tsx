import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en/world-map.json' with { type: 'json' };
import { WorldMap, WorldMapSvg } from './WorldMap.js';
import { MAP_NEUTRAL, MAP_PALETTE, type WorldMapAsset } from './world-map-data.js';

const asset = JSON.parse(
  readFileSync(new URL('./world-110m.json', import.meta.url), 'utf8'),
) as WorldMapAsset;
const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { 'world-map': en } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const categories = [
  { key: 'provider', label: 'Provider', color: MAP_PALETTE[0] },
  { key: 'both', label: 'Provider and recipient', color: MAP_PALETTE[1] },
];
const values = { MX: 'provider', IN: 'both', SG: 'both' };
const render = (node: ReactNode) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);

describe('WorldMap', () => {
  it('shows a loading message and the text legend with counts before the map arrives', () => {
    const html = render(<WorldMap values={values} categories={categories} label="Roles" />);
    expect(html).toContain('role="status"');
    expect(html).toContain('Loading the map…');
    expect(html).toContain('Provider (1)');
    expect(html).toContain('Provider and recipient (2)');
    expect(html).toContain('No data');
  });
});

describe('WorldMapSvg', () => {
  it('is one named image when nothing can be selected', () => {
    const html = render(
      <WorldMapSvg asset={asset} values={values} categories={categories} label="Roles" locale="en" />,
    );
    expect(html).toMatch(/^<svg viewBox="0 0 1000 \d+" role="img" aria-label="Roles"/);
    expect(html).not.toContain('tabindex');
    expect(html).toContain('<title>Mexico: Provider</title>');
  });

  it('makes valued countries buttons with a single tab stop, the westernmost', () => {
    const html = render(
      <WorldMapSvg
        asset={asset}
        values={values}
        categories={categories}
        label="Roles"
        locale="es"
        onSelect={() => undefined}
      />,
    );
    expect(html).toContain('role="group" aria-label="Roles"');
    const buttons = [...html.matchAll(/role="button" aria-label="([^"]+)" tabindex="(-?\d)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(buttons).toEqual([
      ['México: Provider', '0'],
      ['India: Provider and recipient', '-1'],
      ['Singapur: Provider and recipient', '-1'],
    ]);
  });

  it('hides the neutral countries from assistive technology and leaves out unvalued dots', () => {
    const html = render(
      <WorldMapSvg asset={asset} values={values} categories={categories} label="Roles" locale="en" />,
    );
    expect(html).toContain(`<g aria-hidden="true" fill="${MAP_NEUTRAL}"`);
    expect(html).toContain('<title>Brazil</title>');
    expect(html).not.toContain('<title>Malta</title>');
    expect(html).toContain('<title>Singapore: Provider and recipient</title>');
  });
});
