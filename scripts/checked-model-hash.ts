import { readFileSync } from 'node:fs';
import { checkedModelHash } from './data/checked-model.ts';

/** Prints the SHA-256 of a model that passes its check, or why not (run by checked-model-plugin.ts). */
const path = process.argv[2] ?? 'data/model.json';
const checked = checkedModelHash(readFileSync(path), path);
if (!checked.ok) {
  console.error(checked.reason);
  process.exit(1);
}
console.log(checked.sha256);
