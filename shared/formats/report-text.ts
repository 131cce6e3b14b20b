// The words of the review report, in the report's language, from the i18n tables (namespace
// `review` for the report's own labels, `findings` for the engine's messages).
import { translate, type UiLanguage } from '../i18n/resources';
import type { Decision, ReviewRow } from './review-decisions';

export interface ReportRowText {
  readonly paragraph: number;
  readonly check: string;
  readonly severity: string;
  readonly decision: string;
  readonly text: string;
  readonly message: string;
  readonly suggestion: string;
  readonly comment: string;
}

export const reportColumns = [
  'paragraph',
  'check',
  'severity',
  'decision',
  'text',
  'message',
  'suggestion',
  'comment',
] as const;

export function reportLabel(
  language: UiLanguage,
  key: string,
  params: Record<string, string | number> = {},
): string {
  return translate(language, `review:${key}`, params);
}

export function decisionLabel(language: UiLanguage, decision: Decision): string {
  return reportLabel(language, `decision-${decision}`);
}

export function rowText(language: UiLanguage, row: ReviewRow): ReportRowText {
  const { finding } = row;
  return {
    paragraph: finding.paragraph + 1,
    check: finding.check,
    severity: reportLabel(language, `severity-${finding.severity}`),
    decision: decisionLabel(language, row.decision),
    text: finding.text,
    message: translate(language, finding.message.key, finding.message.params),
    suggestion: finding.suggestions[0]?.replacement ?? '',
    comment: row.comment ?? '',
  };
}
