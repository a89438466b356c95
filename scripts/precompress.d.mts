// Types of precompress.mjs (the Vite plugin and the function tests call).
import type { Plugin } from "vite";

export function precompressDir(dir: string): Promise<void>;
export function precompress(): Plugin;
