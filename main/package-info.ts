import pkg from '../package.json';

/** The app's name and version, from package.json, as both hosts report them. */
export const packageInfo = { name: pkg.productName, version: pkg.version } as const;
