import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkYamlShape, YAML_LIMITS } from '../../../../main/content/yaml-limits';
import { DEFAULT_CONTENT } from '../../../support/content-fixture';

describe('YAML shapes kiosk.yaml must not have', () => {
  it('lets the default kiosk.yaml through', () => {
    expect(checkYamlShape(readFileSync(join(DEFAULT_CONTENT, 'kiosk.yaml'), 'utf8'))).toBeUndefined();
  });

  it('finds nesting past the limit, in brackets, indentation or list marks, at its first level too deep', () => {
    const depth = YAML_LIMITS.depth;
    expect(checkYamlShape(`a: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}`)).toBeUndefined();
    expect(checkYamlShape(`a: ${'['.repeat(100_000)}`)).toMatchObject({ line: 1, column: 4 + depth - 1 });
    const block = Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(checkYamlShape(block)).toMatchObject({ line: depth + 1, column: depth + 1 });
    expect(checkYamlShape(`${'- '.repeat(10_000)}a`)).toMatchObject({ line: 1, column: depth * 2 + 1 });
  });

  it('finds a group with more entries than any kiosk.yaml needs', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n');
    expect(checkYamlShape(keys(YAML_LIMITS.items))).toBeUndefined();
    expect(checkYamlShape(`top:\n${keys(YAML_LIMITS.items + 1).replace(/^/gm, '  ')}`)).toMatchObject({
      line: 2,
      column: 3,
    });
  });
});
