import { z } from 'zod';

// Before any schema is built: zod would otherwise probe for eval (new Function), which the app's
// Content-Security-Policy forbids and reports as a violation.
z.config({ jitless: true });

/**
 * The Lodestone data model: the public format of `data/model.json` and of every model a user loads.
 * Shapes live here; rules that span records (references, uniqueness, totals) live in
 * `model-rules.ts` so that both the app and the command-line check apply the same ones.
 */

export const SCHEMA_VERSION = 3;
/** Versions a model file may carry; older ones are migrated on reading (see `migrate-model.ts`). */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2, SCHEMA_VERSION];
/** Trade files have kept their shape since version 1. */
export const TRADE_SCHEMA_VERSION = 1;

const id = z.string().min(1).max(80).meta({ description: 'Identifier, unique within its list' });
/** Patterns whose failures get a named, translated explanation instead of the bare regex. */
export const NAMED_PATTERNS = {
  iso3: /^[A-Z]{3}$/,
  isoDate: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  webAddress: /^https?:\/\/\S+$/,
  hsCode: /^\d{4,8}$/,
} as const;

const iso3 = z
  .string()
  .regex(NAMED_PATTERNS.iso3)
  .meta({ description: 'ISO 3166-1 alpha-3 country code' });
const isoDate = z
  .string()
  .regex(NAMED_PATTERNS.isoDate)
  .meta({ description: 'Calendar date, YYYY-MM-DD' });
const year = z.number().int().min(1900).max(2100).meta({ description: 'Data year' });
const nonNegative = z.number().nonnegative();
const text = z.string().min(1).max(2000);
const webAddress = z
  .string()
  .regex(NAMED_PATTERNS.webAddress)
  .meta({ description: 'A public http(s) address' });

export const localizedTextSchema = z
  .object({ en: text, ja: text })
  .meta({ description: 'The same text in English and Japanese' });

/**
 * A note on a record, in English and, where translated, in Japanese. A note from a file older than
 * version 3 has English only; the Japanese view then shows it in English, marked as such.
 */
export const noteSchema = z
  .object({ en: text, ja: text.optional() })
  .strict()
  .meta({ description: 'A note in English, and in Japanese where translated' });

export const stageSchema = z.enum(['mining', 'refining']).meta({
  description: 'Supply-chain stage: mine production or refining/processing',
});

/** Reserves are not a stage of supply, but their shares are computed against a world total too. */
export const measureSchema = z.enum(['mining', 'refining', 'reserves']);

export const valueStatusSchema = z
  .enum(['reported', 'estimated', 'withheld', 'not-available', 'proxy'])
  .meta({
    description:
      'reported: published figure; estimated: the publisher marks it an estimate; withheld: the publisher withholds it (value null); not-available: the publisher gives no figure (value null); proxy: a related measure standing in, explained in note',
  });

export const boundSchema = z.enum(['lower']).meta({
  description:
    'lower: the publisher gives the figure as a lower bound, e.g. ">75,000,000" is value 75000000 with bound "lower"',
});

export const sourceSchema = z
  .object({
    id,
    publisher: text,
    title: text,
    year: year.meta({ description: 'Year of the edition or publication' }),
    table: text.optional().meta({ description: 'Table, page or file within the publication' }),
    url: webAddress.optional(),
    license: text.optional(),
    note: text.optional(),
  })
  .strict();

export const countrySchema = z
  .object({
    id: iso3,
    name: localizedTextSchema,
    groups: z.array(id).meta({ description: 'Ids of the groups this country belongs to' }),
  })
  .strict();

export const groupSchema = z
  .object({
    id,
    name: localizedTextSchema,
    members: z.array(iso3).meta({ description: 'ISO3 ids of the member countries' }),
  })
  .strict();

export const mineralSchema = z
  .object({
    id,
    name: localizedTextSchema,
    note: localizedTextSchema.optional(),
  })
  .strict();

const measuredValue = {
  year,
  value: nonNegative.nullable().meta({ description: 'null when withheld or not available' }),
  unit: text.meta({ description: 'Unit of value, e.g. "t REO", "kg", "t"' }),
  status: valueStatusSchema,
  bound: boundSchema.optional(),
  source: id.meta({ description: 'Id of an entry of sources[]' }),
  note: noteSchema.optional(),
};

export const supplyRecordSchema = z
  .object({ mineral: id, stage: stageSchema, country: iso3, ...measuredValue })
  .strict();

export const worldTotalSchema = z
  .object({ mineral: id, stage: measureSchema, ...measuredValue })
  .strict();

export const reserveRecordSchema = z
  .object({ mineral: id, country: iso3, ...measuredValue })
  .strict();

export const tradeFlowSchema = z
  .object({
    mineral: id,
    exporter: iso3,
    importer: iso3,
    year,
    value: nonNegative,
    unit: z.enum(['USD', 't']),
    code: z
      .string()
      .regex(NAMED_PATTERNS.hsCode)
      .optional()
      .meta({ description: 'HS code of the traded product' }),
    source: id,
  })
  .strict();

export const tradeCodeSchema = z
  .object({
    code: z.string().regex(NAMED_PATTERNS.hsCode),
    label: localizedTextSchema.meta({ description: 'What the code covers, in words' }),
    minerals: z.array(id).min(1).meta({ description: 'Minerals whose trade the code carries' }),
    note: localizedTextSchema.optional().meta({
      description: 'What a reader must know, e.g. that the code mixes several metals',
    }),
  })
  .strict();

export const capacitySchema = z
  .object({
    minerals: z
      .array(id)
      .min(1)
      .meta({ description: 'Minerals the capacity produces; several when published together' }),
    stage: stageSchema,
    country: iso3,
    company: text.optional(),
    year: year.meta({ description: 'Year the capacity refers to, or planned start' }),
    value: nonNegative,
    unit: text,
    kind: z.enum(['operating', 'planned']),
    status: valueStatusSchema,
    source: id,
    note: noteSchema.optional(),
  })
  .strict();

export const priceSchema = z
  .object({
    mineral: id,
    product: text.meta({ description: 'What is priced, e.g. "Dysprosium oxide, 99.5% min."' }),
    year,
    value: nonNegative.nullable(),
    unit: text,
    status: valueStatusSchema,
    source: id,
    note: noteSchema.optional(),
  })
  .strict();

export const projectionSchema = z
  .object({
    mineral: id,
    stage: stageSchema,
    year,
    scenario: text.meta({ description: 'e.g. "IEA base case"' }),
    kind: z.enum(['projection', 'proxy-projection']).meta({
      description: 'proxy-projection: the projection of a related measure, explained in note',
    }),
    unit: text,
    world: nonNegative.meta({ description: 'Projected world total' }),
    countries: z.array(z.object({ country: iso3, value: nonNegative }).strict()),
    source: id,
    note: noteSchema.optional(),
  })
  .strict()
  .meta({ description: 'Projected supply; never mixed with observed years' });

export const partnershipSchema = z
  .object({
    id,
    countries: z.array(iso3).min(2),
    minerals: z
      .array(id)
      .meta({ description: 'Minerals covered; empty when the text names critical minerals only' }),
    date: isoDate,
    kind: id.meta({ description: 'e.g. agreement, framework, investment, dialogue' }),
    title: localizedTextSchema,
    source: id,
    note: noteSchema.optional(),
  })
  .strict();

export const eventKindSchema = z.enum([
  'export-control',
  'export-control-suspension',
  'agreement',
  'investment',
  'production',
  'other',
]);

export const policyEventSchema = z
  .object({
    id,
    date: isoDate,
    countries: z.array(iso3).min(1),
    minerals: z.array(id),
    kind: eventKindSchema,
    title: localizedTextSchema,
    source: id,
    note: noteSchema.optional(),
  })
  .strict();

export const modelSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    edition: z
      .object({ label: localizedTextSchema, date: isoDate })
      .strict()
      .meta({ description: 'Which edition of the data this is, shown in the footer' }),
    sources: z.array(sourceSchema).min(1),
    countries: z.array(countrySchema),
    groups: z.array(groupSchema),
    minerals: z.array(mineralSchema).min(1),
    supply: z.array(supplyRecordSchema),
    worldTotals: z.array(worldTotalSchema),
    reserves: z.array(reserveRecordSchema),
    trade: z.array(tradeFlowSchema).meta({
      description: 'Trade flows; the built-in model keeps them in data/trade.json instead',
    }),
    tradeCodes: z.array(tradeCodeSchema),
    capacities: z.array(capacitySchema),
    prices: z.array(priceSchema),
    projections: z.array(projectionSchema),
    partnerships: z.array(partnershipSchema),
    events: z.array(policyEventSchema),
    alternatives: z
      .object({
        supply: z.array(supplyRecordSchema),
        worldTotals: z.array(worldTotalSchema),
        reserves: z.array(reserveRecordSchema),
      })
      .strict()
      .optional()
      .meta({
        description:
          'Another publisher’s (or another measure’s) table for a mineral, measure and year that supply[], worldTotals[] and reserves[] already give from a different source, e.g. germanium refining 2020 as BGS-derived shares beside USGS tonnes. Never mixed into the main lists; a view may offer it as a second reading.',
      }),
  })
  .strict()
  .meta({
    title: 'Lodestone data model',
    description: 'Critical-mineral supply by country and stage, with sources, for Lodestone',
  });

/** A file of trade flows that belongs to a model (the built-in `data/trade.json`). */
export const tradeFileSchema = z
  .object({ schemaVersion: z.literal(TRADE_SCHEMA_VERSION), trade: z.array(tradeFlowSchema) })
  .strict();

export type Model = z.infer<typeof modelSchema>;
export type TradeFile = z.infer<typeof tradeFileSchema>;
export type TradeCode = z.infer<typeof tradeCodeSchema>;
export type Capacity = z.infer<typeof capacitySchema>;
export type Price = z.infer<typeof priceSchema>;
export type Projection = z.infer<typeof projectionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Country = z.infer<typeof countrySchema>;
export type CountryGroup = z.infer<typeof groupSchema>;
export type Mineral = z.infer<typeof mineralSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type ValueStatus = z.infer<typeof valueStatusSchema>;
export type Bound = z.infer<typeof boundSchema>;
export type SupplyRecord = z.infer<typeof supplyRecordSchema>;
export type WorldTotal = z.infer<typeof worldTotalSchema>;
export type ReserveRecord = z.infer<typeof reserveRecordSchema>;
export type TradeFlow = z.infer<typeof tradeFlowSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type PolicyEvent = z.infer<typeof policyEventSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Note = z.infer<typeof noteSchema>;
