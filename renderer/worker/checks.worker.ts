// Runs the check engine off the UI thread (issue 4: findings computed in a worker, in step with typing).
// Edits arrive per paragraph and go through the engine's incremental `updateTarget`.
import { CheckEngine } from '../../shared/checks/engine';
import { diffFindings, type CheckRequest, type CheckResponse } from './protocol';
import type { Finding } from '../../shared/model/finding';

const engine = new CheckEngine();
let sent = new Map<string, Finding>();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  const started = performance.now();
  try {
    let findings;
    switch (request.type) {
      case 'set-document':
        findings = engine.setDocument(request.document);
        break;
      case 'update-target':
        findings = engine.findings();
        for (const { paragraph, text } of request.paragraphs) findings = engine.updateTarget(paragraph, text);
        break;
      case 'set-glossary':
        findings = engine.setGlossary(request.glossary);
        break;
    }
    const { delta, next } = diffFindings(sent, findings, request.type === 'set-document');
    sent = next;
    scope.postMessage({ type: 'findings', seq: request.seq, delta, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ type: 'failed', seq: request.seq, message: String(error) });
  }
};
