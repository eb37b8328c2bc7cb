import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixtureText = (name: string) =>
  readFileSync(join(__dirname, 'fixtures', name), 'utf8');
export const fixtureJson = (name: string): unknown => JSON.parse(fixtureText(name));
