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

/** A choropleth world map (issue 3, in progress). */
export function WorldMap(_props: WorldMapProps) {
  return null;
}
