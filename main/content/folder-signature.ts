import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A cheap fingerprint of a content folder: names, sizes and modification times of its files
 * (one level of sub-folders, for media/). Polling it notices edits, atomic saves by editors,
 * a folder that disappears and one that comes back, on every file system including USB sticks.
 */
export async function folderSignature(dir: string): Promise<string> {
  try {
    const parts: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        for (const inner of await readdir(path))
          parts.push(await fileSignature(join(path, inner), `${entry.name}/${inner}`));
      } else {
        parts.push(await fileSignature(path, entry.name));
      }
    }
    return parts.sort().join('\n');
  } catch (cause) {
    return `unreadable:${(cause as NodeJS.ErrnoException).code ?? 'unknown'}`;
  }
}

async function fileSignature(path: string, name: string): Promise<string> {
  try {
    const info = await stat(path);
    return `${name}:${info.size}:${info.mtimeMs}`;
  } catch {
    return `${name}:gone`;
  }
}
