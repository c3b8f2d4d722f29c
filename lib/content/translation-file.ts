/**
 * A translation of one region into one locale: content/translations/{locale}/{slug}.mdx. Its fields
 * map each translated text, by its path (lib/content/translatable.ts), to the translation and the
 * hash of the source text it was made from; its MDX body is the translated narrative, and bodyOf the
 * hash of the narrative it translates. Facts stay in the region's own file: a translation holds text
 * and nothing else.
 */
import { z } from 'zod';

import { describeValue } from './errors';
import { messages } from './messages';

const hash = z
  .string()
  .regex(/^[bcdfghj-np-tv-xz]{8}$/, { error: (issue) => messages.translationHash(describeValue(issue.input)) });

export const translationEntrySchema = z.strictObject({
  text: z.string().trim().min(1).describe('Översättningen, på mappens språk.').meta({ title: 'Översättning' }),
  of: hash
    .describe(
      'Kontrollsumman för källtexten som översättningen gjordes från (npm run translations visar den). Ändras källtexten stämmer den inte längre, och sidan visar originalet tills översättningen är uppdaterad.',
    )
    .meta({ title: 'Kontrollsumma' }),
});

export const translationFileSchema = z
  .strictObject({
    entries: z
      .record(z.string(), translationEntrySchema)
      .default({})
      .describe('Varje översatt text, under sin sökväg i regionfilen, till exempel commitments.lika-lon.statement.')
      .meta({ title: 'Översättningar' }),
    // Not "body": the web editor (Decap CMS) keeps that name for the MDX text below the fields.
    bodyOf: hash
      .optional()
      .describe('Kontrollsumman för den löpande text i regionfilen som texten under fälten översätter.')
      .meta({ title: 'Kontrollsumma för den löpande texten' }),
  })
  .describe('En översättning av en region: content/translations/{språk}/{slug}.mdx.');

export type TranslationFile = z.output<typeof translationFileSchema>;
export type TranslationEntry = z.output<typeof translationEntrySchema>;
