/** What the "restarting" screen shows: the campaign's name, and the message in each language, in the theme's colours. */
export interface RestartingLook {
  title: string;
  /** The message in each language visitors may use, the default first. */
  lines: { lang: string; text: string }[];
  background: string;
  text: string;
}

/**
 * The calm screen shown while the page keeps crashing, as a self-contained `data:` page: it
 * loads nothing, runs no script, and needs no file that might be the very thing that is broken.
 * Its own CSP allows nothing but its inline style.
 */
export function restartingPageUrl(look: RestartingLook): string {
  const html = `<!doctype html>
<html lang="${escapeHtml(look.lines[0]?.lang ?? 'en')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(look.title)}</title>
<style>
  html, body { height: 100%; margin: 0; cursor: none; }
  body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 1.5rem;
    background: ${cssColour(look.background)}; color: ${cssColour(look.text)};
    font: 2rem system-ui, sans-serif; text-align: center; }
  h1 { font-size: 3rem; margin: 0; }
  p { margin: 0; opacity: 0.8; }
</style></head>
<body><h1>${escapeHtml(look.title)}</h1>${look.lines
    .map((line) => `<p lang="${escapeHtml(line.lang)}">${escapeHtml(line.text)}</p>`)
    .join('')}</body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The theme's colours are validated hex colours; anything else falls back rather than reaching the CSS. */
function cssColour(value: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(value) ? value : 'inherit';
}
