import { execFileSync } from 'node:child_process';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentState } from '../../../../main/api';
import { startHost, type RunningHost } from '../../../support/browser-host';
import { copyDefaultContent } from '../../../support/content-fixture';

// The built host as `npm run serve` runs it, with a content folder a careless or hostile user has
// been at: a picture no one may read (EACCES), and a FIFO where a FAQ file should be. Run as
// root, the host runs as `nobody`, since root may read any file.

const NOBODY = { uid: 65534, gid: 65534 };
let content: Awaited<ReturnType<typeof copyDefaultContent>>;
let host: RunningHost;

beforeAll(async () => {
  content = await copyDefaultContent();
  await chmod(dirname(content.dir), 0o755);
  await writeFile(join(content.dir, 'media', 'secret.png'), Buffer.alloc(1024, 1));
  await chmod(join(content.dir, 'media', 'secret.png'), 0o000);
  await rm(join(content.dir, 'faq.es.md'));
  execFileSync('mkfifo', [join(content.dir, 'faq.es.md')]);
  host = await startHost(content.dir, process.getuid?.() === 0 ? { user: NOBODY } : {});
}, 30_000);

afterAll(async () => {
  await host.stop();
  await content.remove();
});

const get = (path: string) => fetch(`${host.origin}${path}`, { signal: AbortSignal.timeout(5000) });

describe('npm run serve with a hostile content folder', () => {
  it('answers an unreadable picture with a 404 and keeps serving', async () => {
    for (let i = 0; i < 20; i++) expect((await get('/media/secret.png')).status).toBe(404);
    expect((await get('/media/logo.svg')).status).toBe(200);
    expect(host.process.exitCode).toBeNull();
  });

  it('reports the FIFO as a problem instead of hanging', async () => {
    const response = await fetch(`${host.origin}/api/getContent`, {
      method: 'POST',
      headers: { 'x-kiosk-token': host.token },
      body: '{}',
      signal: AbortSignal.timeout(5000),
    });
    const { value } = (await response.json()) as { value: ContentState };
    expect(value.problems).toEqual([
      expect.objectContaining({ where: 'faq.es.md', message: expect.stringContaining('not a normal file') }),
    ]);
    expect(value.content).toBeNull();
  });

  it('stops at once on SIGTERM', async () => {
    const started = performance.now();
    await host.stop();
    expect(performance.now() - started).toBeLessThan(3000);
    expect(host.process.exitCode ?? host.process.signalCode).not.toBeNull();
  });
});
