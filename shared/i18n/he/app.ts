// UI text, namespace "app", language "he". Keys must match the other language (i18n test).
const app: Record<string, string> = {
  'menu-file': 'קובץ',
  'menu-open': 'פתיחה…',
  'menu-save': 'שמירה',
  'menu-save-as': 'שמירה בשם…',
  'menu-quit': 'יציאה מנוסח',
  'menu-edit': 'עריכה',
  'menu-undo': 'ביטול',
  'menu-redo': 'ביצוע חוזר',
  'menu-cut': 'גזירה',
  'menu-copy': 'העתקה',
  'menu-paste': 'הדבקה',
  'menu-select-all': 'בחירת הכול',
  'menu-next-finding': 'הממצא הבא',
  'menu-previous-finding': 'הממצא הקודם',
  'menu-view': 'תצוגה',
  'menu-ui-language': 'שפת הממשק',
  'menu-zoom-in': 'הגדלה',
  'menu-zoom-out': 'הקטנה',
  'menu-zoom-reset': 'גודל מקורי',
  'menu-full-screen': 'מסך מלא',
  'menu-help': 'עזרה',
  'menu-about': 'אודות נוסח',
};

export default app;
