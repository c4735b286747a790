// Writes dist/corpus.schema.json from the zod schema, for programs that do not use TypeScript.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CorpusSchema } from '../dist/index.js';

const schema = z.toJSONSchema(CorpusSchema, { target: 'draft-2020-12', io: 'input' });
writeFileSync(new URL('../dist/corpus.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
