// Messages between the UI and the checks worker. Every request carries a sequence number; the answer
// echoes it so the UI can tell which document version the findings belong to.
import type { AlignedDocument } from '../../shared/model/document';
import type { Finding } from '../../shared/model/finding';
import type { Glossary } from '../../shared/glossary/model';

export type CheckRequest =
  | { readonly type: 'set-document'; readonly seq: number; readonly document: AlignedDocument }
  | {
      readonly type: 'update-target';
      readonly seq: number;
      readonly paragraphs: readonly { readonly paragraph: number; readonly text: string }[];
    }
  | { readonly type: 'set-glossary'; readonly seq: number; readonly glossary: Glossary };

export type CheckResponse =
  | {
      readonly type: 'findings';
      readonly seq: number;
      readonly findings: readonly Finding[];
      readonly ms: number;
    }
  | { readonly type: 'failed'; readonly seq: number; readonly message: string };
