// Types of after-pack.mjs, for the packaging check that imports it.
import type { FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

export const FUSE_SENTINEL: string;
export function kioskFuses(platform: string, arch: number): FuseV1Config;
export function packedElectron(context: AfterPackContext): string;
export function hasFuseWire(binary: Buffer): boolean;
export default function afterPack(context: AfterPackContext): Promise<void>;
