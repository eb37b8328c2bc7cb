declare module 'virtual:checked-built-in-model' {
  /** SHA-256 (hex) of data/model.json as `vite build` checked it (checked-model-plugin.ts). */
  export const builtInModelSha256: string;
}
