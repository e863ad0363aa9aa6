import {
  CONTENT_MAX,
  documentValues,
  fromMarker,
  termRows,
  termWeights,
  timeStamp,
  toMarker,
  visibilityMarkers,
  WEIGHT_MAX,
} from './search-terms';

describe('termWeights', () => {
  it('sums field weight × occurrences over the fields', () => {
    const weights = termWeights([
      { text: '人才补贴', weight: 10 },
      { text: '人才公寓和人才补贴', weight: 3 },
      { text: 'Talent subsidies', weight: 1 },
      { text: null, weight: 5 },
    ]);
    expect(weights.get('人才')).toBe(10 + 2 * 3);
    expect(weights.get('补贴')).toBe(10 + 3);
    expect(weights.get('subsidy')).toBe(1);
    expect(weights.get('公寓')).toBe(3);
  });

  it('saturates at the smallint maximum', () => {
    expect(termWeights([{ text: 'visa visa visa', weight: 20_000 }]).get('visa')).toBe(WEIGHT_MAX);
  });
});

describe('visibility markers', () => {
  it('write fixed-width UTC stamps that sort like the times', () => {
    const a = timeStamp(new Date('2026-06-01T08:00:00.000Z'));
    const b = timeStamp(new Date('2026-06-01T08:00:00.001Z'));
    expect(a).toBe('20260601080000000');
    expect(a < b).toBe(true);
    expect(timeStamp(new Date('2030-01-01T00:00:00.000Z')).length).toBe(a.length);
  });

  it('name the type and which end of the window, and never look like an analysed term', () => {
    const from = new Date('2026-06-01T08:00:00.000Z');
    const to = new Date('2026-12-31T16:00:00.000Z');
    expect(visibilityMarkers('policy', from, to)).toEqual([
      `${fromMarker('policy')}20260601080000000`,
      `${toMarker('policy')}20261231160000000`,
    ]);
    expect(visibilityMarkers('park', null, null)).toEqual([]);
    const markers = ['policy', 'park', 'finance', 'announcement'].flatMap((t) => [
      fromMarker(t as 'park'),
      toMarker(t as 'park'),
    ]);
    expect(new Set(markers).size).toBe(8);
    for (const m of markers) expect(m.startsWith('#')).toBe(true);
    expect(`${toMarker('announcement')}${timeStamp(to)}`.length).toBeLessThanOrEqual(24);
  });

  it('are written with weight 0 next to the terms', () => {
    const rows = termRows(7, 'policy', [{ text: '签证', weight: 10 }], null, new Date('2027-01-01T00:00:00.000Z'));
    expect(rows).toEqual([
      { term: '签证', documentId: 7, docType: 'policy', weight: 10 },
      { term: '证_', documentId: 7, docType: 'policy', weight: 10 },
      { term: '#pt20270101000000000', documentId: 7, docType: 'policy', weight: 0 },
    ]);
  });
});

describe('documentValues', () => {
  it('cuts the text to the column sizes', () => {
    const at = new Date('2026-06-01T00:00:00.000Z');
    const v = documentValues(
      { type: 'park', refId: 3, title: '园'.repeat(300), titleEn: '', content: 'x'.repeat(CONTENT_MAX + 1000) },
      at,
    );
    expect(v.title).toHaveLength(240);
    expect(v.titleEn).toBeNull();
    expect(v.content).toHaveLength(CONTENT_MAX);
    expect(v).toMatchObject({ docType: 'park', refId: 3, visibleFrom: null, visibleTo: null, indexedAt: at });
  });
});
