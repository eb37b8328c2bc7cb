// @vitest-environment node
// (jsdom hands Node's crypto an ArrayBuffer of its own realm, which it refuses)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInModelAsChecked } from '../checked-built-in-model';

const bytes = readFileSync('data/model.json');
const sha256 = createHash('sha256').update(bytes).digest('hex');

describe('builtInModelAsChecked', () => {
  it('parses the bytes the build checked, without the worker', async () => {
    const model = await builtInModelAsChecked(new Blob([bytes]), sha256);
    expect(model).toEqual(JSON.parse(bytes.toString('utf8')));
  });

  it('hands any other bytes back to the full check', async () => {
    const changed = Buffer.from(bytes.toString('utf8').replace('"gallium"', '"galliun"'));
    expect(await builtInModelAsChecked(new Blob([changed]), sha256)).toBeNull();
  });

  it('trusts nothing when the build recorded no hash (the unit tests, a model served unchecked)', async () => {
    expect(await builtInModelAsChecked(new Blob([bytes]), '')).toBeNull();
    expect(await builtInModelAsChecked(new Blob([bytes]))).toBeNull();
  });
});
