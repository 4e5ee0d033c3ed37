import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Option, Select, TextField } from '../../components/ui/index.js';
import { Anchor } from '../experiences/EditorFields.js';
import './market-form.css';

/** A part of a long form under its own heading, so screen-reader users can jump between parts. */
export function MarketFormSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="market-form-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Props of a TermChecks for a draft binding: anchored for the error summary's link. */
export function termProps<B extends { name: string }>({ name, ...bound }: B) {
  return { id: `field-${name}`, ...bound };
}

interface BoundText {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: { target: { value: string } }) => void;
}

/** A period as two optional days (from, to), side by side where there is room. */
export function MarketFormDates(props: {
  legend: string;
  hint: string;
  from: BoundText & { label: string };
  to: BoundText & { label: string };
  /** The earliest day the pickers propose (the API checks the order of the two). */
  min?: string;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <p className="field-hint">{props.hint}</p>
      <div className="market-form-dates">
        {[props.from, props.to].map((day) => (
          <Anchor key={day.name} field={day.name}>
            <TextField type="date" min={props.min} {...day} />
          </Anchor>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The organisation a new need or offer is for: a choice when the user may post for several,
 * else a plain line naming it.
 */
export function OrganisationField(props: {
  options: readonly Option[];
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation('market-form');
  const [only] = props.options;
  if (props.options.length === 1 && only) {
    return <p>{t('form.for', { organisation: only.label })}</p>;
  }
  return (
    <Anchor field="organisationId">
      <Select
        label={t('fields.organisationId')}
        hint={t('form.organisationHint')}
        name="organisationId"
        required
        options={props.options}
        value={props.value}
        error={props.error}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Anchor>
  );
}
