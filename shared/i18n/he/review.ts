// UI text, namespace "review", language "he". Keys must match the other language (i18n test).
const review: Record<string, string> = {};

export default review;
