// UI text, namespace "app", language "en". Keys must match the other language (i18n test).
const app: Record<string, string> = {};

export default app;
