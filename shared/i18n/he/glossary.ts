// UI text, namespace "glossary", language "he". Keys must match the other language (i18n test).
const glossary: Record<string, string> = {};

export default glossary;
