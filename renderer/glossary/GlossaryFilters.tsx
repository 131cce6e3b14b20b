// The view's choices: which glossary (personal or an opened file, • when unsaved), the search across
// both languages, the kind filter and the sort order.
import { useTranslation } from 'react-i18next';
import type { GlossarySource } from '../../shared/contract/glossary';
import type { EntryKind } from '../../shared/glossary/model';
import type { GlossaryClient } from './glossary-client';
import type { SortKey } from './entry-list';
import { kinds } from './EntryEditor';

interface GlossaryFiltersProps {
  readonly client: GlossaryClient;
  readonly sources: readonly GlossarySource[];
  readonly source: GlossarySource;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly kind: EntryKind | 'all';
  readonly onKind: (kind: EntryKind | 'all') => void;
  readonly sort: SortKey;
  readonly onSort: (sort: SortKey) => void;
}

export function GlossaryFilters(props: GlossaryFiltersProps) {
  const { client, sources, source, query, onQuery, kind, onKind, sort, onSort } = props;
  const { t } = useTranslation();
  return (
    <div className="glossary-toolbar">
      <select
        value={source.id}
        onChange={(e) => client.select(e.target.value)}
        aria-label={t('glossary:which')}
        data-testid="glossary-source"
      >
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {(s.path === null ? t('glossary:personal') : s.name) + (s.dirty ? ' •' : '')}
          </option>
        ))}
      </select>
      <input
        type="search"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        placeholder={t('glossary:search')}
        aria-label={t('glossary:search')}
        dir="auto"
        data-testid="glossary-search"
      />
      <select
        value={kind}
        onChange={(e) => onKind(e.target.value as EntryKind | 'all')}
        aria-label={t('glossary:filterKind')}
      >
        <option value="all">{t('glossary:allKinds')}</option>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`glossary:kind-${k}`)}
          </option>
        ))}
      </select>
      <select
        value={sort}
        onChange={(e) => onSort(e.target.value as SortKey)}
        aria-label={t('glossary:sortBy')}
      >
        {(['english', 'hebrew', 'kind', 'changed'] as const).map((key) => (
          <option key={key} value={key}>
            {t(`glossary:sort-${key}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
