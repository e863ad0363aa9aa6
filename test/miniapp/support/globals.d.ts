/** Build-time constant of the mini-app (config/index.ts defineConstants); tests set it on globalThis. */
declare const API_BASE: string;
