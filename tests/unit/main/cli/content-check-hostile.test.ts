import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureContent } from '../content/fixture-cases';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

// Folders that used to end content:check with a stack trace (alias bomb, deep nesting, nested
// quotes) or hang it for good (a FIFO): the built tool answers each with its report.
const cases = [
  'yaml-alias-bomb',
  'yaml-deep-nesting',
  'faq-nested-emphasis',
  'faq-nested-quotes',
  'fifo-instead-of-faq',
  'fifo-instead-of-picture',
];

let fixture: FixtureContent | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe('content:check on a hostile folder', () => {
  it.each(cases)('%s: prints the report, no stack trace, and exits 1 promptly', async (name) => {
    fixture = await buildFixture(name);
    const started = performance.now();
    const run = spawnSync(process.execPath, ['dist/cli/content-check.mjs', '--content', fixture.dir], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(performance.now() - started).toBeLessThan(15_000);
    const output = run.stdout + run.stderr;
    expect(output.split('\n')).toEqual(expect.arrayContaining(fixture.expected));
    expect(output).toContain('Fix the errors, then run this check again.');
    expect(output).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(1);
  });
});
