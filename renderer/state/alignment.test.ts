import { describe, expect, it } from 'vitest';
import { findDivergence } from './alignment';

const source = [
  'Fighters are near the outskirts of Homs, a monitor said.',
  'The group was 5 km (3 miles) from the city after capturing two towns.',
  'Homs lies 46 km (29 miles) south of Hama, which fell on Thursday.',
  'Residents fled towards the coast overnight, the monitor said on Friday.',
];
const target = [
  'לוחמים נמצאים בסמוך לפאתי חומס, לפי ארגון מעקב.',
  'הקבוצה נמצאה במרחק 5 ק"מ (3 מייל) מהעיר לאחר שכבשה שתי עיירות.',
  'חומס נמצאת 46 ק"מ (29 מייל) דרומית לחמה, שנכבשה ביום חמישי.',
  'תושבים נמלטו לכיוון החוף בן לילה, אמר ארגון המעקב ביום שישי.',
];

describe('findDivergence', () => {
  it('says nothing when the counts agree', () => {
    expect(findDivergence(source, target)).toEqual({ sourceCount: 4, targetCount: 4 });
  });

  it('finds the row where a merged Hebrew paragraph throws the pairs off', () => {
    const merged = [target[0]!, `${target[1]} ${target[2]}`, target[3]!];
    expect(findDivergence(source, merged).row).toBe(1);
  });

  it('finds a missing translation by its numbers', () => {
    const missing = [target[0]!, target[2]!, target[3]!];
    expect(findDivergence(source, missing).row).toBe(1);
  });

  it('points past the common rows when only the end differs', () => {
    expect(findDivergence(source, target.slice(0, 3)).row).toBe(3);
  });
});
