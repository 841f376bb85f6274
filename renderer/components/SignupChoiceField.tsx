import type { FocusEvent } from 'react';
import type { SignupField } from '../../main/api';
import { errorId, FieldError, RequiredMark } from './FieldError';

/** A field with set answers (the visitor's role): one large tile per choice, like radio buttons. */
export function SignupChoiceField({
  field,
  required,
  selected,
  error,
  onChoose,
  onLeave,
}: {
  field: SignupField;
  /** The word that marks a required field. */
  required: string;
  selected: number | undefined;
  error: { message: string; lang: string } | undefined;
  onChoose: (index: number) => void;
  onLeave: () => void;
}) {
  // The group is left when focus goes somewhere outside it, not from one choice to the next.
  const leaveGroup = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) onLeave();
  };
  // A refused submit focuses the chosen tile, or the first.
  const focusTarget = selected ?? 0;
  return (
    <fieldset
      className={`field choice-field field-${field.name}`}
      role="radiogroup"
      aria-required={field.required}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId(field.name) : undefined}
      onBlur={leaveGroup}
    >
      <legend>
        {field.label}
        {field.required && <RequiredMark word={required} />}
      </legend>
      <div className="choices">
        {(field.choices ?? []).map((choice, index) => (
          <label key={index} className="choice">
            <input
              type="radio"
              name={`signup-${field.name}`}
              data-field={index === focusTarget ? field.name : undefined}
              checked={selected === index}
              onChange={() => onChoose(index)}
            />
            <span>{choice}</span>
          </label>
        ))}
      </div>
      {error && <FieldError name={field.name} {...error} />}
    </fieldset>
  );
}
