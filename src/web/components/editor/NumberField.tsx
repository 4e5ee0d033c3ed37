import { TextField } from '../ui/index.js';

/** A number typed in a field: empty (or not a number yet) means "not stated"; a decimal comma reads as a point. */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/** A whole number (a year, months) or an amount; empty means "not stated". */
export function NumberField({
  label,
  name,
  hint,
  value,
  error,
  min,
  max,
  step = 1,
  onChange,
}: {
  label: string;
  name: string;
  hint?: string | undefined;
  value: number | null;
  error?: string | undefined;
  min: number;
  max: number;
  step?: number | 'any';
  onChange: (value: number | null) => void;
}) {
  return (
    <TextField
      label={label}
      name={name}
      hint={hint}
      type="number"
      inputMode={step === 1 ? 'numeric' : 'decimal'}
      min={min}
      max={max}
      step={step}
      value={value ?? ''}
      error={error}
      onChange={(e) => onChange(parseNumber(e.target.value))}
    />
  );
}
