/**
 * The unit of tables that give only each country's percentage of world output (no tonnage): their
 * world total is 100 in this unit. Kept apart from the schema so that the views do not load zod.
 */
export const SHARE_OF_WORLD_UNIT = '% of world';
