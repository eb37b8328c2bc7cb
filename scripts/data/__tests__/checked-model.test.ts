import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedModelHash } from '../checked-model';

const builtInBytes = readFileSync('data/model.json');
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('checkedModelHash', () => {
  it('gives the SHA-256 of the built-in model, which passes its check as it is', () => {
    const checked = checkedModelHash(builtInBytes, 'data/model.json');
    expect(checked).toEqual({
      ok: true,
      sha256: createHash('sha256').update(builtInBytes).digest('hex'),
    });
  });

  it('refuses a model that breaks the contract, naming the path', () => {
    const model = JSON.parse(builtInBytes.toString('utf8'));
    model.supply[0].value = -5;
    const checked = checkedModelHash(encode(model), 'broken.json');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.reason).toMatch(
      /broken\.json breaks the data model:[\s\S]*supply\[0\]\.value/,
    );
  });

  it('refuses a valid file that the check would hand over changed (an older schema version)', () => {
    const model = JSON.parse(builtInBytes.toString('utf8'));
    model.schemaVersion = 1;
    const checked = checkedModelHash(encode(model), 'older.json');
    expect(checked).toEqual({ ok: false, reason: expect.stringContaining('npm run data:build') });
  });
});
