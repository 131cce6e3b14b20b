// UI text, namespace "review", language "en". Keys must match the other language (i18n test).
const review: Record<string, string> = {
  'report-title': 'Review report: {{title}}',
  'report-date': 'Made on {{date}}',
  'report-total': 'Findings',
  'report-changes': 'Changes',
  'report-changed-paragraphs': 'Changed paragraphs',
  'report-insertions': 'Insertions',
  'report-deletions': 'Deletions',
  'report-no-findings': 'No findings.',
  'decision-fixed': 'Fixed',
  'decision-ignored': 'Ignored',
  'decision-commented': 'Commented',
  'decision-open': 'Open',
  'severity-error': 'Error',
  'severity-warning': 'Warning',
  'severity-info': 'Info',
  'column-paragraph': 'Paragraph',
  'column-check': 'Check',
  'column-severity': 'Severity',
  'column-decision': 'Decision',
  'column-text': 'Text',
  'column-message': 'Message',
  'column-suggestion': 'Suggestion',
  'column-comment': 'Comment',
  'export-written': 'Wrote {{file}} ({{format}}).',
};

export default review;
