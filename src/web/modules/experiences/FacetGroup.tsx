import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from '../../components/ui/index.js';
import { type Bucket, facetOptions } from './library-facets.js';

const SHOWN = 8;

interface Props {
  legend: string;
  name: string;
  buckets: readonly Bucket[] | undefined;
  selected: readonly string[];
  onToggle: (code: string) => void;
  /** The counts are estimates (shown as "about n"). */
  approximate?: boolean;
  /** A nicer label than the API's for some codes (language names). */
  labelOf?: (bucket: Bucket) => string;
}

/**
 * One facet as a group of checkboxes, each with its count. The most frequent values show first;
 * the rest wait behind "show all" so a phone does not scroll past 150 sectors.
 */
export function FacetGroup({ legend, name, buckets, selected, approximate, onToggle, labelOf }: Props) {
  const { t } = useTranslation('experiences');
  const [all, setAll] = useState(false);
  const { options, hidden } = facetOptions(buckets, selected, all ? undefined : SHOWN);
  if (options.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {options.map((o) => (
        <Checkbox
          key={o.code}
          name={name}
          value={o.code}
          checked={o.checked}
          onChange={() => onToggle(o.code)}
          label={t(approximate ? 'facets.optionAbout' : 'facets.option', {
            label: labelOf ? labelOf(o) : o.label,
            n: o.count,
          })}
        />
      ))}
      {hidden > 0 || all ? (
        <Button variant="quiet" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? t('facets.showFewer') : t('facets.showAll', { count: hidden })}
        </Button>
      ) : null}
    </fieldset>
  );
}
