import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { decodeLinkId, encodeLinkId } from '../link-id';
import {
  DEFAULT_LINK_STATE,
  parseLinkState,
  reconcileWithModel,
  serializeLinkState,
  type LinkState,
} from '../url-state';

/** Ids the contract accepts (any text of 1–80 characters) that a plain list of ids would break. */
const HARD_IDS = [
  'Gallium, 99.99 %',
  'refining:primary',
  'Côte d’Ivoire cobalt',
  'EU 27',
  ' leading and trailing ',
  'UPPER-case_Mixed',
  '~7E already escaped?',
  'a+b=c&d#e',
  '50%25 literal percent',
  'レアアース',
  'tab\there\nnewline',
  'emoji 🪨 rock',
  'lone \uD800 surrogate',
  '\u3000ideographic space',
  '<script>alert(1)</script>',
  'x'.repeat(80),
];

describe('ids in a link', () => {
  it.each(HARD_IDS)('%j comes back the same from its link form', (id) => {
    expect(decodeLinkId(encodeLinkId(id))).toBe(id);
  });

  it('leaves ordinary ids as they are', () => {
    expect(encodeLinkId('rare-earths')).toBe('rare-earths');
    expect(encodeLinkId('Gallium')).toBe('Gallium');
  });

  it('escapes only the separators, the escape, white space at the ends and lone surrogates', () => {
    expect(encodeLinkId(' a,b:c~d e\u0000f\uD800\t')).toBe('~20a~2Cb~3Ac~7Ed e\u0000f~uD800~09');
  });

  it('refuses a broken escape, an empty id and one over 80 characters', () => {
    expect(decodeLinkId('a~2')).toBeNull();
    expect(decodeLinkId('a~zz')).toBeNull();
    expect(decodeLinkId('a~')).toBeNull();
    expect(decodeLinkId('')).toBeNull();
    expect(decodeLinkId('x'.repeat(81))).toBeNull();
  });

  it('round-trips random ids of every kind of character', () => {
    // A fixed linear congruential sequence, so a failure reproduces.
    let seed = 20;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pool = [
      ',',
      ':',
      '~',
      ' ',
      '%',
      '+',
      '&',
      '=',
      '#',
      '?',
      'é',
      '中',
      '🪨',
      '\uD800',
      'A',
      'z',
      '-',
      '\t',
    ];
    for (let run = 0; run < 500; run += 1) {
      const id = Array.from({ length: 1 + (next() % 40) }, () => pool[next() % pool.length]).join(
        '',
      );
      const state: LinkState = { ...DEFAULT_LINK_STATE, minerals: [id], groups: [id] };
      expect(parseLinkState(serializeLinkState(state)).state).toEqual(state);
    }
  });
});

describe('a link with ids of every form the contract accepts', () => {
  const model = smallModel();
  const minerals = HARD_IDS.map((id) => ({ id, name: { en: id, ja: id } }));
  const oddModel = {
    ...model,
    minerals: [...model.minerals, ...minerals],
    groups: [...model.groups, ...minerals.map(({ id, name }) => ({ id, name, members: [] }))],
  };
  const state: LinkState = {
    ...DEFAULT_LINK_STATE,
    view: 'scenario',
    minerals: HARD_IDS.slice(0, 8),
    groups: HARD_IDS.slice(8),
    year: 2023,
    scenarios: [
      {
        supplier: 'CHN',
        stage: 'refining',
        cut: 50,
        response: 'cap',
        minerals: HARD_IDS.slice(0, 4),
      },
    ],
  };

  it('is written, read back and checked against the model without losing a selection', () => {
    const search = serializeLinkState(state);
    const parsed = parseLinkState(search);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.state).toEqual(state);
    const reconciled = reconcileWithModel(parsed.state, oddModel);
    expect(reconciled.rejected).toEqual([]);
    expect(reconciled.state).toEqual(state);
  });

  it('survives the address bar (the browser re-encodes what it shows) and keeps the link readable', () => {
    const search = serializeLinkState(state);
    const url = new URL(`https://example.org/${search}`);
    expect(parseLinkState(url.search).state).toEqual(state);
    expect(search).toContain('m=Gallium~2C+99.99+%25,refining~3Aprimary,');
    expect(search).toContain('s=CHN:refining:50:cap:Gallium~2C+99.99+%25,refining~3Aprimary,');
  });

  it('reads a link written by hand, with percent-encoded accents and escaped separators', () => {
    const { state: read, rejected } = parseLinkState(
      '?m=C%C3%B4te+d%E2%80%99Ivoire+cobalt,Gallium~2C%2099.99%20%25&s=CHN:mining:10:none:refining~3Aprimary',
    );
    expect(rejected).toEqual([]);
    expect(read.minerals).toEqual(['Côte d’Ivoire cobalt', 'Gallium, 99.99 %']);
    expect(read.scenarios[0]?.minerals).toEqual(['refining:primary']);
  });
});
