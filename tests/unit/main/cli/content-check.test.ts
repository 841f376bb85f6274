import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT } from '../../../support/content-fixture';
import { buildFixture, fixtureNames, type FixtureContent } from '../content/fixture-cases';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

// The organizers run the built tool, so the test does too.

let fixture: FixtureContent | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

function check(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['dist/cli/content-check.mjs', '--content', dir], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

// The loader's tests hold every fixture to its exact lines; the process runs on a few of each kind
// (YAML syntax, schema, Markdown, encoding, colours, warnings only) to prove the tool prints and
// exits right.
const cases = [
  'yaml-tab-indent',
  'yaml-over-indented-line',
  'unknown-nested-key',
  'faq-default-missing',
  'faq-heading-without-space',
  'not-utf8',
  'theme-low-contrast',
  'theme-low-contrast-allowed',
  'language-draft',
];

describe('content:check', () => {
  it('passes the default content with exit code 0', () => {
    const { status, output } = check(DEFAULT_CONTENT);
    expect(output).toContain('content is ready');
    expect(status).toBe(0);
  });

  it('has real fixtures for each representative case', async () => {
    expect(await fixtureNames()).toEqual(expect.arrayContaining(cases));
  });

  // Representative malformed fixtures, through the tool organizers actually run.
  it.each(cases)('prints every expected problem of %s, with the right exit code', async (name) => {
    fixture = await buildFixture(name);
    const { status, output } = check(fixture.dir);
    for (const line of fixture.expected) expect(output.split('\n')).toContain(line);
    const hasError = fixture.expected.some((line) => !/^\S+: warning: /.test(line));
    expect(status).toBe(hasError ? 1 : 0);
    expect(output).toContain(
      hasError ? 'Fix the errors, then run this check again.' : 'content is ready, with',
    );
  });

  // What an organizer looks at last before an event: how far each language is translated.
  it('ends with one line per language, a draft marked as not offered to visitors', async () => {
    fixture = await buildFixture('language-draft');
    const lines = check(fixture.dir).output.trimEnd().split('\n');
    expect(lines.slice(-4, -3)).toEqual(['Languages:']);
    expect(lines.slice(-3)).toEqual([
      expect.stringMatching(
        /^en: (\d+) of \1 questions, (\d+) of \2 texts \(English, the default language\)$/,
      ),
      expect.stringMatching(
        /^es: (\d+) of \1 questions, (\d+) of \2 texts \(Español, offered to visitors\)$/,
      ),
      expect.stringMatching(
        /^fr: 1 of \d+ questions, 3 of \d+ texts \(Français, draft: not offered to visitors\)$/,
      ),
    ]);
  });
});
