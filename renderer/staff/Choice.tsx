/** One option of a Choice: what it is, and a line saying what it means. */
export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  hint: string;
}

/** A set of large radio buttons, one chosen: easy to hit on a touch screen, clear to a screen reader. */
export function Choice<T extends string>({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: readonly ChoiceOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="staff-choice" role="radiogroup">
      {options.map((option) => (
        <label key={option.value} className={option.value === value ? 'chosen' : ''}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span className="choice-label">{option.label}</span>
          <span className="choice-hint">{option.hint}</span>
        </label>
      ))}
    </div>
  );
}
