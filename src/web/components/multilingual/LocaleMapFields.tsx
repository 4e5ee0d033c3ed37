import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { TextArea, TextField } from '../ui/index.js';
import { languageName } from './language-name.js';

interface Props {
  /** API field name: errors for `name` or `name.es` land here. */
  field: string;
  legend: string;
  hint?: string;
  languages: string[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  fieldError: (field: string) => string | undefined;
  maxLength: number;
  multiline?: boolean;
  required?: boolean;
}

/** One text per language of the record, each input marked with its language for screen readers and spell-check. */
export function LocaleMapFields(props: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const groupError = props.fieldError(props.field);
  const Control = props.multiline ? TextArea : TextField;

  const control = (lang: string, index: number, label: string, hint?: string) => (
    <Control
      key={lang}
      name={`${props.field}.${lang}`}
      lang={lang}
      dir="auto"
      label={label}
      hint={hint}
      value={props.values[lang] ?? ''}
      maxLength={props.maxLength}
      required={props.required && index === 0}
      // A whole-map error ("needs text in at least one language") is shown on the first input.
      error={props.fieldError(`${props.field}.${lang}`) ?? (index === 0 ? groupError : undefined)}
      onChange={(event) => props.onChange({ ...props.values, [lang]: event.target.value })}
    />
  );

  // Written in one language (the usual case), it is an ordinary field: no group to explain.
  const [only] = props.languages;
  if (props.languages.length === 1 && only) return control(only, 0, props.legend, props.hint);
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.hint ? <p className="field-hint">{props.hint}</p> : null}
      {props.languages.map((lang, index) =>
        control(lang, index, t('multilingual.inLanguage', { language: languageName(lang, locale) })),
      )}
    </fieldset>
  );
}
