import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's default content folder. */
export const DEFAULT_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** A throw-away copy of the default content, for tests that edit or break it. */
export async function copyDefaultContent(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-content-'));
  const dir = join(root, 'content');
  await cp(DEFAULT_CONTENT, dir, { recursive: true });
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}
