import { isCollection, isMap, isScalar, LineCounter, type Document, type Node as YamlNode } from 'yaml';

export type Path = readonly PropertyKey[];

/** Finds where a value (or, with `key`, a key) stands in a parsed YAML document. */
export class YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Line and column (1-based) of an offset in the source. */
  at(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * Position of the value at `path`, or of its nearest ancestor that exists. A group or list is
   * shown at its key: the line an organizer reads as "this setting" is `idle:`, not its first child.
   */
  value(path: Path): { line: number; column: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth) as unknown[], true) as YamlNode | undefined;
      const last = path[depth - 1];
      if (isCollection(node) && typeof last === 'string') return this.key(path.slice(0, depth - 1), last);
      if (node?.range) return this.at(node.range[0]);
      if (depth === 0 && this.doc.contents?.range) return this.at(this.doc.contents.range[0]);
    }
    return { line: 1, column: 1 };
  }

  /** Position of the key `key` inside the map at `path`. */
  key(path: Path, key: string): { line: number; column: number } {
    const map = path.length === 0 ? this.doc.contents : this.doc.getIn(path as unknown[], true);
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return this.at(pair.key.range[0]);
      }
    }
    return this.value(path);
  }
}
