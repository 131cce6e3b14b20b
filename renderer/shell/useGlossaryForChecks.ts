// The glossaries in use (personal first, then opened files) feed the checks worker, and follow every
// change the Node side announces ('glossary-changed'), so glossary findings stay current.
import { useEffect } from 'react';
import { combineGlossaries } from '../../shared/glossary/combine';
import type { Client } from '../api/client';
import type { FindingsService } from '../worker/findings-service';

export function useGlossaryForChecks(api: Client, service: FindingsService): void {
  useEffect(() => {
    let latest = -1;
    const load = async () => {
      const result = await api['glossary.list']({});
      if (!result.ok || result.value.revision <= latest) return;
      latest = result.value.revision;
      // A personal entry overrides a shared file's entry with the same id (combineGlossaries).
      service.setGlossary(combineGlossaries(result.value.sources.map((s) => s.glossary)));
    };
    void load();
    return api.on('glossary-changed', () => void load());
  }, [api, service]);
}
