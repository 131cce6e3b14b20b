// CodeMirror (style-mod) injects its theme as a <style> element in the document. The page's
// Content-Security-Policy admits styles from our own files and, for that element, the nonce the web
// host or the app:// protocol writes into <meta name="nusach-style-nonce"> on each page response.
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

export function cspNonce(): Extension {
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="nusach-style-nonce"]')?.content;
  return nonce ? EditorView.cspNonce.of(nonce) : [];
}
