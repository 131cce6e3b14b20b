// UI text, namespace "errors", language "he". Keys must match the other language (i18n test).
const errors: Record<string, string> = {};

export default errors;
