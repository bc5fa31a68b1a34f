// Writes the editor's JSON Schemas to content/schemas/ from the content schemas and the site's vocabulary
// (src/story/json-schemas.ts): one per story data file (events.schema.json…) and article.schema.json.
// Each data file names its schema in its first line (# yaml-language-server: $schema=…). Run it after
// changing a schema in src/story/schemas/ or content/vocabulary.yaml; the tests fail until it is run.
//   npm run schemas
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourceLoader } from './source-loader.mjs';

const root = resolve(import.meta.dirname, '..');
const folder = join(root, 'content/schemas');
const vite = await sourceLoader(root);
try {
  const { editorSchemas, schemaFileText } = await vite.ssrLoadModule('/src/story/json-schemas.ts');
  const { readSiteVocabulary } = await vite.ssrLoadModule('/src/story/vocabulary.ts');
  const schemas = editorSchemas(readSiteVocabulary(root));
  mkdirSync(folder, { recursive: true });
  const names = new Set(schemas.map((schema) => schema.name));
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.schema.json') && !names.has(name)) rmSync(join(folder, name));
  }
  for (const { name, schema } of schemas) writeFileSync(join(folder, name), schemaFileText(schema));
  console.log(`${schemas.length} schemas written to content/schemas/`);
} finally {
  await vite.close();
}
