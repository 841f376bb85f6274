/** What one entry of each list in kiosk.yaml is called, for messages. */
const itemWords: Record<string, string> = {
  slides: 'slide',
  offered: 'language',
  fields: 'field',
  choices: 'choice',
  sealTo: 'sealTo key',
};

/**
 * Names a setting for an organizer: `idle.warningSeconds`, and inside a list the entry counted
 * from 1, as in `image of slide 2`, because nobody counts slides from 0.
 */
export function settingName(path: readonly PropertyKey[]): string {
  const index = path.findLastIndex((step) => typeof step === 'number');
  if (index === -1) return path.map(String).join('.');
  const item = `${itemWords[String(path[index - 1])] ?? 'entry'} ${Number(path[index]) + 1}`;
  const rest = path
    .slice(index + 1)
    .map(String)
    .join('.');
  const named = rest ? `${rest} of ${item}` : item;
  // A list inside a list entry, like a field's choices: say whose entry it is.
  const outer = path.slice(0, index - 1);
  return outer.some((step) => typeof step === 'number') ? `${named} of ${settingName(outer)}` : named;
}
