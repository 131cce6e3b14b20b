// UI text, namespace "errors", language "en". Keys must match the other language (i18n test).
const errors: Record<string, string> = {};

export default errors;
