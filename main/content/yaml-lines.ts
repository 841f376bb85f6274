/** How one line of kiosk.yaml is laid out, as far as indentation is concerned. */
export interface LineShape {
  /** Spaces (or, on a tab line, whitespace characters) before the text. */
  indent: number;
  /** True when the indentation has a tab, which YAML does not allow. */
  tab: boolean;
  /** The line without its indentation. */
  body: string;
  /** True for a list entry (`- ...`). */
  dash: boolean;
  /** Where the entry's own text starts: after `- ` on a list entry, else the indent. */
  inner: number;
  /** True when the line opens a group: `name:` with nothing after it, or a bare `-`. */
  opens: boolean;
  /** How a message names the line: `"en:"`, `"- code:"`, or its first words. */
  name: string;
}

/** The layout of a line; undefined for a blank line or a comment, which have no indentation that matters. */
export function lineShape(line: string): LineShape | undefined {
  const text = line.replace(/\r$/, '');
  const lead = /^[ \t]*/.exec(text)?.[0] ?? '';
  const body = text.slice(lead.length);
  if (body === '' || body.startsWith('#')) return undefined;
  const dashes = /^(?:-(?: +|$))+/.exec(body)?.[0] ?? '';
  const rest = body.slice(dashes.length);
  const key = /^([^\s#:'"][^:#]*?):(?:\s|$)/.exec(rest)?.[1];
  const opens = dashes !== '' && rest === '' ? true : /^[^\s#:'"][^:#]*:\s*(?:#.*)?$/.test(rest);
  const words = rest.length > 24 ? `${rest.slice(0, 21)}...` : rest;
  return {
    indent: lead.length,
    tab: lead.includes('\t'),
    body,
    dash: dashes !== '',
    inner: lead.length + dashes.length,
    opens,
    name: `"${dashes.trimEnd()}${dashes && key !== undefined ? ' ' : ''}${key !== undefined ? `${key}:` : dashes ? '' : words}"`,
  };
}
