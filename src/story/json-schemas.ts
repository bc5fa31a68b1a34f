/**
 * JSON Schemas for the editor: one per kind of story data (src/story/data-kinds.ts), each a list of entries
 * as the file is, and one for an article's frontmatter. zod writes them from the schemas the build
 * validates with (`z.toJSONSchema`), so an editor that reads JSON Schema (the YAML extension's
 * yaml-language-server) completes keys and values, shows a field's description on hover and flags a
 * typo'd key or a wrong value as it is typed. `npm run schemas` writes them to content/schemas/; a test
 * fails when they are stale (tests/unit/json-schemas.test.ts).
 *
 * - Draft-07, the draft editors support best (the YAML extension supported no later draft until 2025).
 * - The input side (`io: 'input'`): a field with a default may be left out, as in the YAML files.
 * - What JSON Schema cannot say is left to the content check (`npm run check`): a real calendar date, a
 *   week starting on its Monday, max not below min, an excerpt being in the article, ids that exist.
 * - A field whose value is a value of one of the vocabularies (`vocabularyFields`) offers the site's values
 *   (content/vocabulary.yaml), each with its label and meaning, and accepts any other id: a story may add
 *   values of its own, and the content check proves each value against both.
 */
import { z } from 'astro/zod';
import { DATA_KINDS, dataKinds } from './data-kinds';
import { articleSchema } from './schemas';
import { vocabularyFields, type SiteVocabulary } from './schemas/vocabulary';

type JsonSchema = z.core.JSONSchema.JSONSchema;

export interface EditorSchema {
  /** The schema file's name in content/schemas/: the data file's stem (events.schema.json, article.schema.json). */
  name: string;
  /** The story data file it describes (events.yaml); none for the article's frontmatter. */
  dataFile?: string;
  schema: JsonSchema;
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** One entry of `schema` as an editor checks it, without its own `$schema` (the file's wrapper has one). */
function entrySchema(schema: z.ZodType, site: SiteVocabulary): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const list = vocabularyFields.get(zodSchema)?.list;
      // The site's values to complete from, each with its label and meaning; `{}` lets a story's own value
      // through (the field's pattern still holds it to an id).
      if (list) jsonSchema.anyOf = [...site[list].map((term) => ({ const: term.id, title: term.label, description: term.meaning })), {}];
    },
  });
  return json;
}

/** The editor's schemas: one per data file of a story, then the article's frontmatter. */
export function editorSchemas(site: SiteVocabulary): EditorSchema[] {
  const data = dataKinds.map((kind): EditorSchema => {
    const { file, schema } = DATA_KINDS[kind];
    const stem = file.replace(/\.yaml$/, '');
    return {
      name: `${stem}.schema.json`,
      dataFile: file,
      schema: {
        $schema: DRAFT_07,
        $comment: 'Written by `npm run schemas` from src/story/schemas/ and content/vocabulary.yaml: do not edit.',
        description: `content/stories/<slug>/${file}: a YAML list of ${stem.replace(/-/g, ' ')}, one entry per item (- id: …).`,
        type: 'array',
        items: entrySchema(schema, site),
      },
    };
  });
  const article: EditorSchema = {
    name: 'article.schema.json',
    schema: {
      $schema: DRAFT_07,
      $comment: 'Written by `npm run schemas` from src/story/schemas/ and content/vocabulary.yaml: do not edit.',
      description: "content/articles/<slug>.md: the frontmatter of an article, the report's metadata. The body is the reporter's text.",
      ...entrySchema(articleSchema, site),
    },
  };
  return [...data, article];
}

/** A schema file's text: two-space JSON in the order zod writes it, ending in a newline. */
export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
