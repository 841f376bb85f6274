import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAsset } from '../../../main/assets';

const roots = { renderer: '/app/renderer', content: '/data/content' };

describe('resolveAsset', () => {
  it('serves the entry page, renderer files and media', () => {
    expect(resolveAsset('/', roots)).toBe(join('/app/renderer', 'index.html'));
    expect(resolveAsset('/assets/index-abc.js?v=1', roots)).toBe(
      join('/app/renderer', 'assets/index-abc.js'),
    );
    expect(resolveAsset('/media/logo.svg', roots)).toBe(join('/data/content/media', 'logo.svg'));
  });

  it('never leaves the renderer or the media folder', () => {
    for (const path of [
      '/../secret',
      '/assets/../../secret',
      '/media/../kiosk.yaml',
      '/media/%2e%2e/kiosk.yaml',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/media/..%5c..%5csecret',
      '/a%00b',
      '/%E0%A4%A',
    ]) {
      expect(resolveAsset(path, roots), path).toBeNull();
    }
  });
});
