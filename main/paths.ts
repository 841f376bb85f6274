import { fileURLToPath } from 'node:url';

/**
 * Where things are when running from the repository: the bundles in dist/<side>/ find the built
 * renderer in dist/renderer/ and the default content in content/, two levels up.
 */
export function repoPaths(bundleUrl: string): { renderer: string; content: string; data: string } {
  return {
    renderer: fileURLToPath(new URL('../renderer/', bundleUrl)),
    content: fileURLToPath(new URL('../../content/', bundleUrl)),
    data: fileURLToPath(new URL('../../data/', bundleUrl)),
  };
}
