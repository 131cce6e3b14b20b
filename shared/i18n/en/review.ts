// UI text, namespace "review", language "en". Keys must match the other language (i18n test).
const review: Record<string, string> = {};

export default review;
