/** The id of a field's error message, for its `aria-describedby`. */
export const errorId = (name: string) => `signup-${name}-error`;

/** What main says is wrong with one field, right under it, in the language main wrote it in. */
export function FieldError({ name, message, lang }: { name: string; message: string; lang: string }) {
  return (
    <p id={errorId(name)} className="field-error" lang={lang}>
      {message}
    </p>
  );
}

/** The visible word on a required field; assistive technology reads `aria-required` instead. */
export function RequiredMark({ word }: { word: string }) {
  return (
    <span className="required-mark" aria-hidden="true">
      {word}
    </span>
  );
}
