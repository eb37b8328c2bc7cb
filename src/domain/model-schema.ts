import { z } from 'zod';
import { MAX_ID_LENGTH } from './id-length';
import { NAMED_PATTERNS } from './named-patterns';

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

const id = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .meta({ description: 'Identifier, unique within its list' });

const iso3 = z
  .string()
  .regex(NAMED_PATTERNS.iso3)
  .meta({ description: 'ISO 3166-1 alpha-3 country code' });
const isoDate = z
  .string()
  .regex(NAMED_PATTERNS.isoDate)
  .meta({ description: 'Calendar date, YYYY-MM-DD' });
const year = z.number().int().min(1900).max(2100).meta({ description: 'Data year' });
/**
 * Largest figure the contract accepts, in any unit: a thousand trillion, above any published
 * tonnage or dollar value, below 2^53 (so whole numbers stay exact), and small enough that sums over
 * millions of rows and the products the views compute stay finite: a figure near the largest double
 * (1e308) would reach the charts as Infinity and NaN.
 */
export const MAX_VALUE = 1e15;
const nonNegative = z
  .number()
  .nonnegative()
  .max(MAX_VALUE)
  .meta({ description: `A figure from 0 to ${MAX_VALUE}` });
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

export const mineralFactSchema = z
  .object({
    mineral: id,
    kind: z.enum(['import-source', 'demand', 'ore-grade', 'main-supplier']).meta({
      description:
        'import-source: a supplier’s share of an importer’s imports of the element; demand: the element’s demand in a published scope; ore-grade: the element’s share of the rare-earth oxide in the ore of a named deposit (a grade, never a tonnage); main-supplier: another study’s largest supplier and its share of a stage, a second opinion beside the main table',
    }),
    stage: stageSchema
      .optional()
      .meta({ description: 'The supply stage the figure speaks of (main-supplier)' }),
    subject: localizedTextSchema.meta({
      description: 'What the figure is of: the imports, the demand scope, the deposit',
    }),
    country: iso3
      .optional()
      .meta({ description: 'The supplier (import-source) or the deposit’s country (ore-grade)' }),
    period: z
      .string()
      .min(1)
      .max(40)
      .meta({ description: 'Year or period as published, e.g. "2021–24"' }),
    value: nonNegative.nullable(),
    unit: text,
    status: valueStatusSchema,
    source: id,
    note: text.optional(),
  })
  .strict()
  .meta({
    description: 'A figure specific to one element, shown beside a proxy group as published',
  });

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
    controls: z
      .array(id)
      .optional()
      .meta({ description: 'Ids of the exportControls[] entries the event reports' }),
    note: noteSchema.optional(),
  })
  .strict();

export const governanceIndicatorSchema = z.enum(['CC', 'GE', 'PV', 'RQ', 'RL', 'VA']).meta({
  description:
    'World Bank Worldwide Governance Indicators: Control of Corruption, Government Effectiveness, Political Stability and Absence of Violence, Regulatory Quality, Rule of Law, Voice and Accountability',
});

export const governanceRecordSchema = z
  .object({
    country: iso3,
    year,
    indicator: governanceIndicatorSchema,
    value: z
      .number()
      .min(-5)
      .max(5)
      .meta({ description: 'The estimate as published, about −2.5 (weak) to 2.5 (strong)' }),
    source: id,
  })
  .strict();

export const netImportRelianceSchema = z
  .object({
    country: iso3.meta({ description: 'The importing country the publisher gives the figure for' }),
    mineral: id,
    stage: stageSchema.meta({
      description: 'The supply stage whose world concentration the figure is set against',
    }),
    subject: localizedTextSchema.meta({
      description:
        'What is measured, as published: the product and form, and what the percentage is of',
    }),
    year,
    value: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .meta({ description: '(Imports − exports) as a percentage of consumption, as published' }),
    bound: boundSchema.optional(),
    status: valueStatusSchema,
    source: id,
  })
  .strict()
  .meta({
    description:
      'A country’s net import reliance as its publisher gives it (e.g. USGS Mineral Commodity Summaries for the United States); never computed from trade values',
  });

const datedFactSchema = z
  .object({
    date: isoDate,
    source: id.meta({
      description:
        'Id of the source giving the date: the official document wherever it is known, else the report that gives it',
    }),
    copy: id.optional().meta({
      description:
        'Id of the source whose copy of the text was read, where the official address could not be read',
    }),
  })
  .strict();

export const controlScopeSchema = z
  .enum(['all-destinations', 'country', 'end-users', 'listed-entities'])
  .meta({
    description:
      'all-destinations: exports anywhere; country: exports to the named countries; end-users: to named kinds of users in the named countries; listed-entities: to entities listed by name in the named countries',
  });

export const exportControlSchema = z
  .object({
    id,
    kind: z.enum(['control', 'suspension']).meta({
      description:
        'control: a document that imposes a measure; suspension: a document that suspends controls for a term',
    }),
    country: iso3.meta({ description: 'The country that issued the document' }),
    issuer: localizedTextSchema,
    document: localizedTextSchema.meta({
      description: 'Document number, e.g. "Announcement No. 18 [2025]"',
    }),
    titleAsPublished: text.meta({ description: 'The title in the language of publication' }),
    title: localizedTextSchema,
    minerals: z.array(id),
    items: localizedTextSchema.meta({
      description: 'The items, control codes or documents covered',
    }),
    tradeCodes: z.array(z.string().regex(NAMED_PATTERNS.hsCode)).meta({
      description: 'Codes of tradeCodes[] under which the covered items trade; may be empty',
    }),
    target: z
      .object({
        scope: controlScopeSchema,
        countries: z.array(iso3).meta({ description: 'Empty for all-destinations' }),
      })
      .strict(),
    announced: datedFactSchema,
    effective: datedFactSchema.optional().meta({
      description: 'Absent when the data holds no start date; for a suspension, its first day',
    }),
    until: datedFactSchema.optional().meta({
      description:
        'Suspensions only: the last day of the term, as the document words it ("until 10 Nov 2026")',
    }),
    lifted: datedFactSchema
      .optional()
      .meta({ description: 'The day a later document ended the measure' }),
    suspends: z
      .array(
        z
          .object({
            control: id.meta({ description: 'Id of a control in exportControls[]' }),
            part: localizedTextSchema
              .optional()
              .meta({ description: 'The part suspended, when not all of it' }),
          })
          .strict(),
      )
      .meta({ description: 'Suspensions only: the controls suspended' }),
    note: localizedTextSchema.optional(),
  })
  .strict()
  .meta({ description: 'An export-control document with its dates, scope and sources' });

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
    mineralFacts: z.array(mineralFactSchema).optional().meta({
      description:
        'Figures specific to one element (import sources, demand, ore grades), e.g. beside the magnet rare-earth group that stands in for dysprosium and terbium',
    }),
    netImportReliance: z.array(netImportRelianceSchema).optional().meta({
      description: 'Published net import reliance by country, mineral, stage and year',
    }),
    projections: z.array(projectionSchema),
    partnerships: z.array(partnershipSchema),
    events: z.array(policyEventSchema),
    governance: z.array(governanceRecordSchema).meta({
      description: 'Governance estimates by country, for the supply-risk lens',
    }),
    exportControls: z.array(exportControlSchema).meta({
      description: 'The register of export-control documents; see docs/data-model.md',
    }),
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
export type MineralFact = z.infer<typeof mineralFactSchema>;
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
export type ExportControl = z.infer<typeof exportControlSchema>;
export type GovernanceRecord = z.infer<typeof governanceRecordSchema>;
export type NetImportReliance = z.infer<typeof netImportRelianceSchema>;
export type GovernanceIndicator = z.infer<typeof governanceIndicatorSchema>;
export type ControlScope = z.infer<typeof controlScopeSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Note = z.infer<typeof noteSchema>;
