// UI text, namespace "findings", language "en". Keys must match the other language (i18n test).
const findings: Record<string, string> = {};

export default findings;
