// An esbuild plugin: zod's messages in English only. zod re-exports its ~50 locales as one
// namespace (`z.locales`), which no bundler can shake, so every bundle carried some 370 KB of
// translations that nothing reads: the kiosk's messages are its own, in the content's languages.
// They were a third of what the browser host compiles when it starts the kiosk.
// English stays: it is the locale zod configures itself with.

/** @type {import('esbuild').Plugin} */
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      loader: 'js',
    }));
  },
};
