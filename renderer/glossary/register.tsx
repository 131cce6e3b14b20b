// Mounts the glossary into the app: the side-panel tab (renderer/shell/extensions.ts) and the link to
// the checks worker, which gets the combined glossary now and after every change, so an entry added
// in the glossary or from the editor flags the text at once. Called once from main.tsx.
import type { Client } from '../api/client';
import { extraPanels } from '../shell/extensions';
import type { FindingsService } from '../worker/findings-service';
import { GlossaryClient } from './glossary-client';
import { GlossaryPanel } from './GlossaryPanel';

/** The app's glossary client, for editor pieces (add from selection, keep/forbid, hits at the caret). */
export const glossaryClient: { current: GlossaryClient | null } = { current: null };

export function startGlossary(api: Client, service: FindingsService): GlossaryClient {
  const client = new GlossaryClient(api);
  client.onGlossary((glossary) => service.setGlossary(glossary));
  client.start();
  glossaryClient.current = client;
  if (!extraPanels.some((p) => p.id === 'glossary')) {
    extraPanels.push({
      id: 'glossary',
      titleKey: 'glossary:tab',
      render: (context) => <GlossaryPanel client={client} context={context} />,
    });
  }
  return client;
}
