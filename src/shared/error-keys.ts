import type english from './i18n/en/errors.json';

/**
 * API error messages are keys of the `errors` catalogue, worded in the reader's language by the
 * server's error handler. The keys are typed from the English catalogue, so the compiler refuses
 * a key that has no English text (plural keys are named without their `_one`/`_other` suffix).
 */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${'one' | 'other'}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type ErrorKey = `errors:${Leaves<typeof english>}`;

/** The namespace prefix that marks a message as a catalogue key rather than finished text. */
export const ERROR_KEY_PREFIX = 'errors:';

/** True when a message is an errors-catalogue key (a contract message) rather than finished text. */
export function isErrorKey(message: string): message is ErrorKey {
  return message.startsWith(ERROR_KEY_PREFIX);
}

/**
 * A contract's validation message, e.g. `z.email(invalid('email'))`: the key of
 * `errors:validation.<name>`, which the API words in the reader's language. The issue's own
 * fields are its variables (`{{minimum}}` of a too-short string).
 */
export function invalid(name: keyof typeof english.validation) {
  return `errors:validation.${name}` as const;
}
