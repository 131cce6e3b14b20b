// UI text, namespace "review", language "he". Keys must match the other language (i18n test).
const review: Record<string, string> = {
  'report-title': 'דוח בדיקה: {{title}}',
  'report-date': 'הופק ב־{{date}}',
  'report-total': 'ממצאים',
  'report-changes': 'שינויים',
  'report-changed-paragraphs': 'פסקאות ששונו',
  'report-insertions': 'הוספות',
  'report-deletions': 'מחיקות',
  'report-no-findings': 'אין ממצאים.',
  'decision-fixed': 'תוקן',
  'decision-ignored': 'סומן להתעלמות',
  'decision-commented': 'נוספה הערה',
  'decision-open': 'פתוח',
  'severity-error': 'שגיאה',
  'severity-warning': 'אזהרה',
  'severity-info': 'מידע',
  'column-paragraph': 'פסקה',
  'column-check': 'בדיקה',
  'column-severity': 'חומרה',
  'column-decision': 'החלטה',
  'column-text': 'טקסט',
  'column-message': 'הודעה',
  'column-suggestion': 'הצעה',
  'column-comment': 'הערה',
  'export-written': 'נכתב {{file}} ‏({{format}}).',
};

export default review;
