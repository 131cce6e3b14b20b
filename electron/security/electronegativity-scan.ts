// Runs Electronegativity (Doyensec's Electron security scanner) over a folder and sorts what it says
// into findings nobody has explained and files it could not read. Findings justified in code carry the
// tool's own `eng-disable CHECK_ID` comment on the flagged line, with the reason on the line above;
// the tool drops those itself. A file it fails to parse is a file it did not check, so it counts too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export interface ScanIssue {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly severity: string;
  readonly description: string;
}

export interface ScanResult {
  readonly checks: number;
  readonly issues: readonly ScanIssue[];
  readonly unreadable: readonly { file: string; message: string }[];
}

/**
 * Checks left out for the whole project, each with its reason. Everything else runs.
 * - AvailableSecurityFixesGlobalCheck downloads Electron's release list: a test that needs the network
 *   is not repeatable offline (.ci/run). The Electron version is pinned in package-lock.json instead.
 * - ElectronVersionJSONCheck only reads package.json's Electron version for the check above; we pass
 *   the installed version explicitly so that every version-dependent default is judged correctly.
 */
export const excludedChecks = ['availablesecurityfixesglobalcheck', 'electronversionjsoncheck'] as const;

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name?: string; value: number };
  description: string;
}
type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{
  atomicChecks: number;
  globalChecks: number;
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}>;

export function installedElectronVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

export async function scanForElectronRisks(input: string, electronVersion: string): Promise<ScanResult> {
  const run = require('@doyensec/electronegativity') as Runner;
  const result = await run(
    {
      input,
      electronVersionOverride: electronVersion,
      isRelative: true,
      excludeFromScan: [...excludedChecks],
    },
    false,
  );
  return {
    checks: result.atomicChecks + result.globalChecks,
    issues: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location.line,
      severity: issue.severity.name ?? String(issue.severity.value),
      description: issue.description,
    })),
    unreadable: result.errors
      .filter((error) => !error.tolerable)
      .map(({ file, message }) => ({ file, message })),
  };
}

/**
 * Electronegativity's CSP_GLOBAL_CHECK evaluates CSP strings written literally in the code. Ours is
 * assembled at start (content-security-policy.ts), so the scanner reports it as "failed to parse" at
 * the line that sends it (justified there); here the same evaluator it uses judges the real string,
 * failing on the same severities the global check would report (HIGH/MEDIUM, and their "maybe" forms).
 */
const explainedCspFindings: ReadonlySet<string> = new Set([
  // 'self' is only the built renderer: app:// and the web host serve dist/ and nothing else
  // (app-files.ts, static-files.ts); no JSONP, no Angular, and user documents travel as JSON call
  // results, never as files of the UI's origin.
  "script-src 'self'",
]);

export function weakCspFindings(policy: string): string[] {
  const csp = require('@doyensec/csp-evaluator') as {
    CspParser: new (policy: string) => { csp: unknown };
    CspEvaluator: new (
      csp: unknown,
      version: unknown,
    ) => {
      evaluate(): { severity: number; description: string; directive: string; value?: string }[];
    };
    Version: { CSP3: unknown };
    severities: Record<'HIGH' | 'MEDIUM' | 'HIGH_MAYBE' | 'MEDIUM_MAYBE', number>;
  };
  const weak = [
    csp.severities.HIGH,
    csp.severities.MEDIUM,
    csp.severities.HIGH_MAYBE,
    csp.severities.MEDIUM_MAYBE,
  ];
  return new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3)
    .evaluate()
    .filter(
      (finding) =>
        weak.includes(finding.severity) && !explainedCspFindings.has(`${finding.directive} ${finding.value}`),
    )
    .map((finding) => `CSP ${finding.directive}: ${finding.description}`);
}
