/** What one entry of each list in kiosk.yaml is called, for messages. */
const itemWords: Record<string, string> = { slides: 'slide', offered: 'language' };

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
  return rest ? `${rest} of ${item}` : item;
}
