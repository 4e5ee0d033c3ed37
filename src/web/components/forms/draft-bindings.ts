import type { SubmitState } from '../../api/use-submit.js';
import type { Draft } from './use-draft.js';

/** The keys of a draft whose values are of type V. */
type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];

/**
 * Props that tie a TextField, TextArea or Select to the draft's text `name` and to the API's error
 * for the field of the same name: `<TextArea label={…} {...draftText(draft, form, 'message')} />`.
 */
export function draftText<T extends object>(
  draft: Draft<T>,
  form: Pick<SubmitState, 'fieldError'>,
  name: KeysOf<T, string> & string,
) {
  return {
    name,
    value: draft.value[name] as string,
    error: form.fieldError(name),
    onChange: (event: { target: { value: string } }) =>
      draft.update({ [name]: event.target.value } as Partial<T>),
  };
}

/**
 * Props that tie a form's controls to its draft and to the API's errors for their fields, so a
 * control says only what is its own (label, hint, limits): `{...bind.localeMap('title', 'titles')}`.
 */
export function draftBindings<T extends { languages: string[] }>(draft: Draft<T>, form: SubmitState) {
  const d = draft.value;
  const set = (key: keyof T) => (value: unknown) => draft.update({ [key]: value } as Partial<T>);
  return {
    /** The LanguagePicker of the languages the record's texts are written in. */
    languages: () => ({
      languages: d.languages,
      onChange: set('languages') as (languages: string[]) => void,
    }),
    /** A TextField or Select for the API field `name`, kept in the draft under the same name. */
    text: (name: KeysOf<T, string> & string) => draftText(draft, form, name),
    /** LocaleMapFields for the API field `field`, its texts kept in the draft under `key`. */
    localeMap: (field: string, key: KeysOf<T, Record<string, string>>) => ({
      field,
      languages: d.languages,
      values: d[key] as Record<string, string>,
      onChange: set(key) as (values: Record<string, string>) => void,
      fieldError: form.fieldError,
    }),
    /** A CodePicker or CheckboxGroup for the API field `name`, its codes kept in the draft under `key`. */
    codes: (name: string, key: KeysOf<T, string[]>) => ({
      name,
      value: d[key] as string[],
      onChange: set(key) as (value: string[]) => void,
      error: form.fieldError(name),
    }),
  };
}
