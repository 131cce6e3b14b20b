// The Nusach project file (.nusach): UTF-8 JSON holding everything a review needs to be picked up
// again — the English source, the translation as delivered (ORIGINAL), the translation as reviewed
// (CURRENT), what the reviewer decided (ignored findings, comments, paragraphs marked reviewed) and
// which glossary files are in use. `version` says which shape the file has; older versions are
// migrated on load (migrations.ts), newer ones are refused rather than misread.
import { z } from 'zod';
import type { ReviewComment } from './comment';

export const PROJECT_FORMAT = 'nusach-project';
export const PROJECT_VERSION = 1;
export const PROJECT_EXTENSION = '.nusach';

// Bounds keep a hostile file from making the app allocate without limit; a news article is far below.
const text = z.string().max(32 * 1024 * 1024);
const shortText = z.string().max(4096);

const commentSchema = z.strictObject({
  id: z.string().min(1).max(128),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(64 * 1024),
  author: shortText,
  createdAt: shortText,
  fingerprint: shortText.optional(),
  quote: z
    .string()
    .max(64 * 1024)
    .optional(),
  resolved: z.boolean().optional(),
}) satisfies z.ZodType<ReviewComment>;

/** A text file the project came from: its text is kept in the project, the path only to show it. */
const documentSchema = z.strictObject({ text, path: shortText.optional() });

export const projectSchema = z.strictObject({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  source: documentSchema,
  original: documentSchema,
  /** CURRENT: the reviewed translation, the full text as edited (line ends and blank lines kept). */
  current: text,
  /** Fingerprints of findings the reviewer chose to ignore (Finding.fingerprint). */
  ignored: z.array(shortText).max(100_000),
  /** "Ignore once" decisions: one occurrence each, as `fingerprint@paragraph`. */
  ignoredOnce: z.array(shortText).max(100_000).default([]),
  comments: z.array(commentSchema).max(100_000),
  /** Target paragraph indexes marked as reviewed. */
  reviewed: z.array(z.number().int().nonnegative()).max(1_000_000),
  /** Glossary files in use (TBX or CSV), as paths. */
  glossaries: z.array(shortText).max(100),
  /** ISO 8601 time the project was last saved. */
  savedAt: shortText,
});

export type Project = z.infer<typeof projectSchema>;

/** A fresh project from a source and a translation just opened: nothing reviewed yet. */
export function newProject(
  source: { text: string; path?: string },
  translation: { text: string; path?: string },
  now: string,
): Project {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    source,
    original: translation,
    current: translation.text,
    ignored: [],
    ignoredOnce: [],
    comments: [],
    reviewed: [],
    glossaries: [],
    savedAt: now,
  };
}
