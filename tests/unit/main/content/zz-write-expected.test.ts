// TEMPORARY: writes actual output to /tmp/scratch/actual/<case>.txt for review.
import { mkdir, writeFile } from 'node:fs/promises';
import { it } from 'vitest';
import { loadContent } from '../../../../main/content/load';
import { formatProblem } from '../../../../main/content/problems';
import { buildFixture, fixtureNames } from './fixture-cases';
it('dump', async () => {
  await mkdir('/tmp/scratch/actual', { recursive: true });
  for (const name of await fixtureNames()) {
    const f = await buildFixture(name);
    const { content, problems } = await loadContent(f.dir);
    await writeFile(`/tmp/scratch/actual/${name}.txt`, problems.map(formatProblem).join('\n') + '\n');
    await writeFile(`/tmp/scratch/actual/${name}.content`, String(content !== null));
    await f.remove();
  }
});
