declare module 'virtual:checked-built-in-model' {
  /** SHA-256 (hex) of data/model.json as `vite build` checked it (checked-model-plugin.ts). */
  export const builtInModelSha256: string;
}

// The parts of a locale file (strings-plugin.ts, src/i18n/string-parts.ts).
declare module '*.json?strings=core' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?strings=timeline' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?strings=scenario' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?strings=network' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?strings=map' {
  const strings: Record<string, unknown>;
  export default strings;
}
