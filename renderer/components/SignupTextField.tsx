import type { InputHTMLAttributes } from 'react';
import type { SignupField } from '../../main/api';
import type { FieldName } from '../store/signup-form';
import { errorId, FieldError, RequiredMark } from './FieldError';

// The keyboard each field calls up. Nothing is remembered by the browser between visitors.
const kinds: Record<FieldName, InputHTMLAttributes<HTMLInputElement>> = {
  firstName: { type: 'text', autoCapitalize: 'words' },
  lastName: { type: 'text', autoCapitalize: 'words' },
  email: { type: 'email', autoCapitalize: 'off', spellCheck: false },
  phone: { type: 'tel', inputMode: 'tel', spellCheck: false },
  workplace: { type: 'text', autoCapitalize: 'words' },
  role: { type: 'text' },
  zip: { type: 'text', inputMode: 'numeric', spellCheck: false },
};

/** One large labelled text box of the signup form, with main's message under it when it has one. */
export function SignupTextField({
  field,
  value,
  error,
  onChange,
  onLeave,
}: {
  field: SignupField;
  value: string;
  error: { message: string; lang: string } | undefined;
  onChange: (value: string) => void;
  onLeave: () => void;
}) {
  const id = `signup-${field.name}`;
  return (
    <div className={`field field-${field.name}`}>
      <label htmlFor={id}>
        {field.label}
        {field.required && <RequiredMark />}
      </label>
      <input
        id={id}
        data-field={field.name}
        {...kinds[field.name]}
        autoComplete="off"
        value={value}
        aria-required={field.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(field.name) : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onLeave}
      />
      {error && <FieldError name={field.name} {...error} />}
    </div>
  );
}
