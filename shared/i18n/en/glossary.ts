// UI text, namespace "glossary", language "en". Keys must match the other language (i18n test).
const glossary: Record<string, string> = {};

export default glossary;
