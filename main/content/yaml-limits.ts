import { LineCounter, Parser, type CST } from 'yaml';

/**
 * Limits kiosk.yaml must keep before it is read as settings. Reading a YAML document recurses once
 * per level of nesting, and checking for repeated keys takes time that grows with the square of a
 * group's size: thousands of nested `[` or `- ` overflow the stack (or exhaust memory outright), and
 * 20,000 keys take seconds. The settings need 6 levels and a few dozen keys per group.
 */
export const YAML_LIMITS = {
  /** Groups and lists inside each other. */
  depth: 20,
  /** Settings in one group, or items in one list. */
  items: 1000,
};

/** Where kiosk.yaml passes a limit, and what to do about it. */
export interface YamlShapeProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * The first place `source` passes a limit, or undefined. It walks the parser's token tree (built
 * with a stack of its own, so any depth is safe) without recursion, in the order of the file.
 */
export function checkYamlShape(source: string): YamlShapeProblem | undefined {
  const lines = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const tokens = [...new Parser(lines.addNewLine).parse(source)];
  const stack: { token: CST.Token; depth: number }[] = tokens.reverse().map((token) => ({ token, depth: 0 }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { token, depth } = next;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
      continue;
    if (depth + 1 > YAML_LIMITS.depth) {
      return {
        ...at(token.offset),
        message: `settings are nested more than ${YAML_LIMITS.depth} groups or lists deep here; kiosk.yaml needs far fewer. Check the spaces at the start of the lines, and the [ ] and { } brackets.`,
      };
    }
    if (token.items.length > YAML_LIMITS.items) {
      return {
        ...at(token.offset),
        message: `this group or list has more than ${YAML_LIMITS.items} entries; kiosk.yaml needs far fewer. Check that nothing else was pasted into the file.`,
      };
    }
    // Pushed last to first, so the walk pops them in the order of the file.
    for (const item of [...token.items].reverse()) {
      const { key, value } = item as { key?: CST.Token | null; value?: CST.Token };
      if (value) stack.push({ token: value, depth: depth + 1 });
      if (key) stack.push({ token: key, depth: depth + 1 });
    }
  }
  return undefined;
}
