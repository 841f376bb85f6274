// Types of zod-english-only.mjs, for the test that bundles with it.
import type { Plugin } from 'esbuild';

export const zodEnglishOnly: Plugin;
