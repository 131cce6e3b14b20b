// UI text, namespace "editor", language "he". Keys must match the other language (i18n test).
const editor: Record<string, string> = {};

export default editor;
