/**
 * Longest id the contract accepts: an id is any text up to this length, and a link carries it as it
 * is. Kept apart from the schema so the link reader, loaded before zod, shares the bound.
 */
export const MAX_ID_LENGTH = 80;
