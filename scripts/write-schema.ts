import { writeFileSync } from 'node:fs';
import { modelJsonSchemaText } from './model-json-schema.ts';

writeFileSync('data/model.schema.json', modelJsonSchemaText());
console.log('Wrote data/model.schema.json');
