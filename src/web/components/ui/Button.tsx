import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows the action is running; the button stays in the tab order for screen readers. */
  busy?: boolean;
}

/** A button; type defaults to "button" so it never submits a form by accident. */
export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  className,
  disabled,
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, className].filter(Boolean).join(' ');
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      aria-busy={busy || undefined}
      aria-disabled={busy || disabled || undefined}
      disabled={disabled}
      onClick={busy ? (event) => event.preventDefault() : rest.onClick}
    />
  );
}

/** A link that looks like a button, for calls to action that navigate. */
export function LinkButton({ variant = 'primary', className, ...rest }: LinkProps & { variant?: Variant }) {
  return <Link {...rest} className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')} />;
}
