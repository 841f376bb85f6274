import type { InputHTMLAttributes } from 'react';
import type { SignupField } from '../../main/api';
import { keyboardKind } from '../store/keyboard-input';
import type { FieldName } from '../store/signup-form';
import { errorId, FieldError, RequiredMark } from './FieldError';

// What each field holds. The kiosk brings its own keyboard, so the system's stays away
// (inputMode "none"); a hardware keyboard still types. Nothing is remembered between visitors.
const kinds: Record<FieldName, InputHTMLAttributes<HTMLInputElement>> = {
  firstName: { type: 'text', autoCapitalize: 'words' },
  lastName: { type: 'text', autoCapitalize: 'words' },
  email: { type: 'email', autoCapitalize: 'off', spellCheck: false },
  phone: { type: 'tel', spellCheck: false },
  workplace: { type: 'text', autoCapitalize: 'words' },
  role: { type: 'text' },
  zip: { type: 'text', spellCheck: false },
};

/** One large labelled text box of the signup form, with main's message under it when it has one. */
export function SignupTextField({
  field,
  required,
  value,
  error,
  onChange,
  onFocus,
  onLeave,
}: {
  field: SignupField;
  /** The word that marks a required field. */
  required: string;
  value: string;
  error: { message: string; lang: string } | undefined;
  onChange: (value: string) => void;
  /** The visitor starts typing here: the on-screen keyboard comes up. */
  onFocus: () => void;
  onLeave: () => void;
}) {
  const id = `signup-${field.name}`;
  return (
    <div className={`field field-${field.name}`}>
      <label htmlFor={id}>
        {field.label}
        {field.required && <RequiredMark word={required} />}
      </label>
      <input
        id={id}
        data-field={field.name}
        data-keyboard={keyboardKind(field.name)}
        {...kinds[field.name]}
        inputMode="none"
        autoComplete="off"
        value={value}
        aria-required={field.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(field.name) : undefined}
        onChange={(event) => onChange(event.target.value)}
        onFocus={onFocus}
        onBlur={onLeave}
      />
      {error && <FieldError name={field.name} {...error} />}
    </div>
  );
}
