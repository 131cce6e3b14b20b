// UI text, namespace "app", language "he". Keys must match the other language (i18n test).
const app: Record<string, string> = {};

export default app;
