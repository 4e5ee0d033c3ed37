/** The trimmed text of a form field ('' when absent), for uncontrolled forms read on submit. */
export function text(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The field's text, or null when left empty (the API's way to clear an optional value). */
export function optional(form: HTMLFormElement, name: string): string | null {
  return text(form, name) || null;
}
