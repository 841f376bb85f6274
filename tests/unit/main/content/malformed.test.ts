import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../../main/content/load';
import { formatProblem } from '../../../../main/content/problems';
import { buildFixture, fixtureNames, type FixtureContent } from './fixture-cases';

const cases = await fixtureNames();
let fixture: FixtureContent | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

describe('malformed content', () => {
  it('has a case for every mistake an organizer is likely to make', () => {
    expect(cases.length).toBeGreaterThanOrEqual(28);
  });

  // Each case lists every line the organizer sees, so a vague extra message fails it too.
  it.each(cases)('%s: reports exactly the expected problems', async (name) => {
    fixture = await buildFixture(name);
    expect(fixture.expected, 'expected.txt must list at least one problem').not.toHaveLength(0);
    const { content, problems } = await loadContent(fixture.dir);
    expect(problems.map(formatProblem)).toEqual(fixture.expected);
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) expect(content).toBeNull();
    else expect(content).not.toBeNull();
  });
});
