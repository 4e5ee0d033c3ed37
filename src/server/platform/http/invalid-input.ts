import { DEFAULT_LOCALE, isLocale } from '../../../shared/locales.js';
import type { ServerI18n } from '../i18n.js';
import { AppError } from './errors.js';
import { type Issue, issueText } from './validation-messages.js';

/**
 * A Zod issue found outside the request validator (the CLI's `user create`, the demo seed),
 * refused as a 400 worded exactly like the validator's: "<field>: <text>".
 */
export class InvalidInputError extends AppError {
  constructor(private readonly issue: Issue) {
    super(400, 'bad_request', 'errors:validation.invalid', { field: issue.path.join('.') || 'body' });
  }

  override describe(i18n: ServerI18n, locale: string): string {
    return `${this.field}: ${issueText(i18n, isLocale(locale) ? locale : DEFAULT_LOCALE, this.issue)}`;
  }
}
