// `npm run security:electron`: Electronegativity over the whole project (it skips node_modules), plus
// the CSP check it cannot do itself. Exits 1 on any unexplained finding or unreadable file, so the
// `test` chain stops there (issue 7: zero unexplained findings).
import { resolve } from 'node:path';
import { contentSecurityPolicy } from '../services/content-security-policy';
import { installedElectronVersion, scanForElectronRisks, weakCspFindings } from './electronegativity-scan';

const root = resolve(import.meta.dirname, '../..');
const version = installedElectronVersion(root);
const result = await scanForElectronRisks(root, version);
const problems = [
  ...result.issues.map(
    (issue) => `${issue.id} (${issue.severity}) ${issue.file}:${issue.line} — ${issue.description}`,
  ),
  ...result.unreadable.map((file) => `could not parse ${file.file}: ${file.message}`),
  ...weakCspFindings(contentSecurityPolicy),
];
console.log(`Electronegativity: ${result.checks} checks, Electron ${version}.`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `${problems.length} unexplained finding(s). Fix each, or justify it next to the line with ` +
      '`eng-disable CHECK_ID` and the reason on the line above (see SECURITY.md).',
  );
  process.exitCode = 1;
} else {
  console.log('No unexplained findings.');
}
