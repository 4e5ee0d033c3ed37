import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { TextField } from '../../components/ui/index.js';

interface Props {
  name: string;
  error: string | undefined;
  label?: string;
}

/** The account email field, the same on sign-up, sign-in and reset. */
export function EmailField({ name, error, label }: Props) {
  const { t } = useTranslation('accounts');
  return (
    <TextField
      label={label ?? t('fields.email')}
      name={name}
      type="email"
      autoComplete="email"
      maxLength={LIMITS.emailMax}
      required
      error={error}
    />
  );
}

/** A new password, with the rule the server applies shown as a hint. */
export function NewPasswordField({ name, error, label }: Props) {
  const { t } = useTranslation('accounts');
  return (
    <TextField
      label={label ?? t('fields.newPassword')}
      name={name}
      type="password"
      autoComplete="new-password"
      hint={t('fields.passwordHint', { min: LIMITS.passwordMin })}
      minLength={LIMITS.passwordMin}
      maxLength={LIMITS.passwordMax}
      required
      error={error}
    />
  );
}
