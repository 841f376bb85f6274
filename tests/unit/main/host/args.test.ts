import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseServeArgs, USAGE, type ServeArgs } from '../../../../main/host/args';

// As the built host calls it: from dist/host/serve.mjs, whose repository is two folders up.
const repo = resolve('/kiosk-repo');
const bundle = pathToFileURL(join(repo, 'dist', 'host', 'serve.mjs')).href;
const parse = (...argv: string[]) => parseServeArgs(argv, bundle) as ServeArgs;

describe("npm run serve's options", () => {
  it('serves the kiosk from the repository, with its data/ folder, by default', () => {
    expect(parse()).toEqual({
      port: 0,
      contentDir: join(repo, 'content'),
      dataDir: join(repo, 'data'),
      open: false,
      preview: false,
    });
  });

  it('--preview keeps its data in a temporary folder, unless --data-dir names one', () => {
    expect(parse('--preview')).toMatchObject({ preview: true, dataDir: null });
    expect(parse('--preview', '--data-dir', 'tests-data')).toMatchObject({
      preview: true,
      dataDir: resolve('tests-data'),
    });
    expect(parse('--preview', '--open')).toMatchObject({ preview: true, open: true });
  });

  it('explains --preview in its usage, in one plain line', () => {
    expect(USAGE).toContain('[--preview]');
    expect(USAGE).toMatch(
      /\n {2}--preview {8}a page to see any slide, question and language, in portrait and landscape/,
    );
  });

  it('refuses a value given to --preview', () => {
    expect(parseServeArgs(['--preview=yes'], bundle)).toEqual({
      error: expect.stringContaining('--preview'),
    });
  });
});
