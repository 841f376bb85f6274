/** One consent box with the content's exact wording as its label. Never ticked in advance. */
export function ConsentBox({
  channel,
  text,
  given,
  onChange,
}: {
  channel: string;
  text: string;
  given: boolean;
  onChange: (given: boolean) => void;
}) {
  return (
    <label className={`consent consent-${channel}`}>
      <input type="checkbox" checked={given} onChange={(event) => onChange(event.target.checked)} />
      <span>{text}</span>
    </label>
  );
}
