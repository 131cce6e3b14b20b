// Mounts the glossary into the app: the side-panel tab (renderer/shell/extensions.ts) and the hits shown
// at the caret while editing (its own small React root over the page, so the shell needs no change).
// The checks worker gets the glossaries from renderer/shell/useGlossaryForChecks.ts. Called once from
// main.tsx.
import type { Client } from '../api/client';
import { extraPanels } from '../shell/extensions';
import { GlossaryClient } from './glossary-client';
import { GlossaryPanel } from './GlossaryPanel';
import { CaretHitsOverlay } from './CaretHitsOverlay';
import { createRoot } from 'react-dom/client';

/** The app's glossary client, for editor pieces (add from selection, hits at the caret). */
export const glossaryClient: { current: GlossaryClient | null } = { current: null };

export function startGlossary(api: Client): GlossaryClient {
  const client = new GlossaryClient(api);
  client.start();
  glossaryClient.current = client;
  if (!extraPanels.some((p) => p.id === 'glossary')) {
    extraPanels.push({
      id: 'glossary',
      titleKey: 'glossary:tab',
      render: (context) => <GlossaryPanel client={client} context={context} />,
    });
  }
  const overlay = document.createElement('div');
  document.body.append(overlay);
  createRoot(overlay).render(<CaretHitsOverlay client={client} />);
  return client;
}
