import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseKioskFile } from '../../../../main/content/kiosk-file';
import { DEFAULT_CONTENT } from '../../../support/content-fixture';

const lines = readFileSync(join(DEFAULT_CONTENT, 'kiosk.yaml'), 'utf8').split('\n');
const lineOf = (text: string) => lines.findIndex((line) => line === text);
const edited = (index: number, text: string) =>
  lines.map((line, at) => (at === index ? text : line)).join('\n');
const messages = (source: string) =>
  parseKioskFile(source).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);

// Words the YAML parser uses in its own messages; none of them may reach an organizer.
const PARSER_WORDS =
  /implicit|mapping|scalar|compact|token|indicator|directive|document|alias|anchor|flow (map|sequence|collection)|block (scalar|sequence|collection)|YAML\./i;

// Each broken file is searched for the line to change: quick alone, slower on a busy machine.
describe('kiosk.yaml syntax messages', { timeout: 30_000 }, () => {
  it('reports an over-indented line on that line, with how many spaces to remove', () => {
    const back = lineOf('    es: Atrás');
    expect(messages(edited(back, '      es: Atrás'))).toEqual([
      `${back + 1}:7: "es:" is indented 2 spaces more than "en:" on line ${back}, in the same group; remove 2 spaces at the start of this line so the two line up.`,
    ]);
  });

  it('blames the one line that is out of line, not every correct line after it', () => {
    const words = lineOf('words:');
    const problems = messages(edited(words + 1, ` ${lines[words + 1]!.trimStart()}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${words + 2}:2: .* add 1 space at the start of this line`));
  });

  it('tells the spaces a tab should be', () => {
    const at = lineOf('    es: Atrás');
    expect(messages(edited(at, '\tes: Atrás'))).toEqual([
      `${at + 1}:1: this line is indented with a tab; indent it with 4 spaces instead, to line up with "en:" on line ${at}.`,
    ]);
  });

  it('finds several mistakes at once, each on its own line', () => {
    const broken = [...lines];
    const set = (from: string, to: string) => (broken[broken.indexOf(from)] = to);
    set('  slideSeconds: 8', '   slideSeconds: 8');
    set('    es: Atrás', '      es: Atrás');
    set('    es: Inicio', '    es:Inicio');
    set('    es: Cerrar', '\tes: Cerrar');
    const problems = messages(broken.join('\n'));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('"slideSeconds:" is indented 1 space more than "warningSeconds:"');
    expect(problems[1]).toContain('"es:" is indented 2 spaces more than "en:"');
    expect(problems[2]).toContain(
      'a setting needs a space after its colon: write "es: Inicio", not "es:Inicio".',
    );
    expect(problems[3]).toContain('this line is indented with a tab; indent it with 4 spaces instead');
  });

  it('explains a quote left open where it opens, even when it runs to the end of the file', () => {
    expect(messages('campaign: "x\n')).toEqual([
      '1:11: this text starts with a quote mark (") that is never closed; add a " at the end of the text.',
    ]);
  });

  it('mends a small file that lacks whole groups, as a first draft does', () => {
    expect(messages('campaign:\n  name: x\n   tagline: y\n')).toEqual([
      '3:4: "tagline:" is indented 1 space more than "name:" on line 2, in the same group; remove 1 space at the start of this line so the two line up.',
    ]);
  });

  it('shows how to quote text that starts with a mark, whichever mark it is', () => {
    const at = lineOf('    es: Atrás');
    for (const mark of ['@', '`', '*', '&', '!', '|', '>', '%', '[', '{']) {
      const problems = messages(edited(at, `    es: ${mark}Atrás`));
      expect(problems, mark).toEqual([
        `${at + 1}:9: this text starts with "${mark}", which kiosk.yaml reads as a mark, not as text; put the whole text in quotes, like es: "${mark}Atrás".`,
      ]);
    }
  });

  // An audit of the error paths: lines across the default file broken in the ways organizers
  // break lines, and every message checked for the parser's own words. (Every line, not one in
  // seventeen, was checked once while writing the messages; this keeps the test quick.)
  it("never shows the parser's wording, and never the same line twice", () => {
    const breakages = [
      (line: string) => ` ${line}`,
      (line: string) => `   ${line}`,
      (line: string) => line.replace(/^ +/, ''),
      (line: string) => line.replace(/^( *)/, '$1\t'),
      (line: string) => line.replace(': ', ':'),
      (line: string) => line.replace(': ', ': "'),
      (line: string) => line.replace(': ', ': "x" '),
      (line: string) => line.replace(': ', ': [x'),
      (line: string) => line.replace(': ', ' '),
      (line: string) => line.replace(': ', ': a: '),
      (line: string) => line.replace(': ', ': \\'),
      (line: string) => line.replace(': ', ': "\\q'),
      () => '---',
      (line: string) => `- ${line.trimStart()}`,
    ];
    let checked = 0;
    lines.forEach((line, index) => {
      if (index % 17 !== 0 || line.trim() === '' || line.trimStart().startsWith('#')) return;
      for (const breakage of breakages) {
        const source = edited(index, breakage(line));
        const { problems } = parseKioskFile(source);
        const where = problems.map((problem) => `${problem.line}:${problem.column}`);
        if (parseDocument(source).errors.length > 0) expect(problems, breakage(line)).not.toHaveLength(0);
        for (const problem of problems)
          expect(problem.message, `${source.split('\n')[index]}`).not.toMatch(PARSER_WORDS);
        expect(new Set(where).size, where.join(' ')).toBe(where.length);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(120);
  }, 120_000);
});
