// Facts about one stem (a word with its prefix already removed) that never change with the document:
// its parsed spelling, its coarse key, whether it is common Hebrew, and whether it looks Arabic.
import { isCommonByWrittenList, isCommonWord } from '../../hebrew/lexicon';
import { MAQAF } from '../../hebrew/letters';
import { alternateKeys, coarseKey, parseName, type ParsedName } from '../../hebrew/variants';
import { COMPOUND_NAME_HEADS } from './name-cues';

export interface StemInfo {
  readonly stem: string;
  readonly parsed: ParsedName;
  readonly key: string;
  /**
   * The key with a joined article removed, when the stem starts with one: אל (אלשאם → שאם), or an
   * assimilated א before a sun letter (אסיסי → סיסי; clusters.ts compares that one only with
   * spellings that write the article).
   */
  readonly joinedKey?: string;
  readonly joinedParsed?: ParsedName;
  /** More bucketing keys (variants.ts alternateKeys: silent ğ, ע read as א), of the whole word and of its joined reading, for names only. */
  readonly altKeys?: readonly string[];
  /** Ordinary Hebrew (lexicon, with prefixes and inflections), or a compound whose parts all are. */
  readonly common: boolean;
  /** Written with an Arabic article, a geresh, or an -אללה ending: transcription, not Hebrew. */
  readonly arabicLooking: boolean;
  readonly letters: number;
  /** Ordinary only because the news word list has seen it written: a printed spelling, maybe a name's. */
  readonly seenOnly?: true;
}

function compoundIsCommon(stem: string): boolean {
  const parts = stem.split(MAQAF).filter((p) => p !== '');
  return (
    parts.length > 0 && !COMPOUND_NAME_HEADS.has(parts[0] as string) && parts.every((p) => isCommonWord(p))
  );
}

/**
 * Letters a transcription writes with a geresh (HEBREW.md §6 row 14, and א׳ for a hamza: סווידא׳). A
 * geresh after any other letter at the end of a word marks an abbreviation (מיל׳ for מילואים, פרופ׳,
 * גב׳), never a name.
 */
const TRANSCRIPTION_GERESH = new Set('גזצחעתדטרא');

function isAbbreviation(parsed: ParsedName): boolean {
  const last = parsed.units[parsed.units.length - 1];
  return last !== undefined && last.geresh && !TRANSCRIPTION_GERESH.has(last.letter);
}

/**
 * Not a word a name is written with: a quote mark taken for a geresh, before the first letter (׳ליידי)
 * or doubled (דרמטית׳׳, for ״), or a maqaf before a lone letter (אלי־ה, a prefix cut off a word).
 */
function hasQuoteMark(stem: string): boolean {
  return stem.startsWith('׳') || stem.includes('׳׳') || /־[^־]$/.test(stem);
}

export function stemInfo(stem: string): StemInfo {
  const parsed = parseName(stem);
  const abbreviation = isAbbreviation(parsed) || hasQuoteMark(stem);
  const common =
    abbreviation ||
    (stem.includes(MAQAF) ? parsed.article === '' && compoundIsCommon(stem) : isCommonWord(stem));
  const arabicLooking =
    !abbreviation && (parsed.article !== '' || parsed.units.some((u) => u.geresh) || stem.endsWith('אללה'));
  const altKeys = common ? [] : alternateKeys(parsed);
  const info: StemInfo = {
    stem,
    parsed,
    key: coarseKey(parsed),
    common,
    arabicLooking,
    letters: parsed.units.length,
    ...(altKeys.length === 0 ? {} : { altKeys }),
    ...(common && !abbreviation && !stem.includes(MAQAF) && !isCommonByWrittenList(stem)
      ? { seenOnly: true as const }
      : {}),
  };
  if (parsed.article === '' && stem.startsWith('א') && !common) {
    const joinedParsed = parseName(stem, true);
    if (joinedParsed.article !== '') {
      const joinedKey = coarseKey(joinedParsed);
      // The joined reading has alternate keys of its own (אלט׳ואהרי read as ט׳ואהרי meets זוואהירי by
      // its plain ז), which the whole word's cannot give: they drop the article first.
      const joinedAltKeys = alternateKeys(joinedParsed).filter(
        (k) => k !== info.key && k !== joinedKey && !altKeys.includes(k),
      );
      const allAltKeys = [...altKeys, ...joinedAltKeys];
      return {
        ...info,
        joinedParsed,
        joinedKey,
        ...(allAltKeys.length === 0 ? {} : { altKeys: allAltKeys }),
      };
    }
  }
  return info;
}
