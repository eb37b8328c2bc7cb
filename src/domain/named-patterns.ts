// Kept apart from model-schema.ts so that the link code can use them without loading zod.
/** Patterns whose failures get a named, translated explanation instead of the bare regex. */
export const NAMED_PATTERNS = {
  iso3: /^[A-Z]{3}$/,
  isoDate: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  webAddress: /^https?:\/\/\S+$/,
  hsCode: /^\d{4,8}$/,
} as const;
