import { DEFAULT_SEARCH_TUNING, planAllTerms } from './search-plan';
import { rankAllTerms, rankAnyTerm, termFloors, type TypeMatches } from './search-ranking';

const match = (documentId: number, score: number, driverWeight = score) => ({ documentId, score, driverWeight });

describe('rankAllTerms', () => {
  it('ranks complete types exactly: best score first, then the newest', () => {
    const policy: TypeMatches = { matches: [match(1, 5), match(2, 9), match(3, 5)], complete: true, maxima: [9] };
    const park: TypeMatches = { matches: [match(4, 7)], complete: true, maxima: [7] };
    const r = rankAllTerms({ termCount: 2, types: [policy, park], offset: 0, limit: 3 });
    expect(r).toEqual({
      conclusive: true,
      page: [
        { documentId: 2, score: 9 },
        { documentId: 4, score: 7 },
        { documentId: 3, score: 5 },
      ],
      floor: 5,
    });
  });

  it('trusts the order of one term read best first', () => {
    const t: TypeMatches = { matches: [match(9, 10), match(8, 6)], complete: false, maxima: [10] };
    expect(rankAllTerms({ termCount: 1, types: [t], offset: 1, limit: 1 })).toEqual({
      conclusive: true,
      page: [{ documentId: 8, score: 6 }],
      floor: 6,
    });
  });

  it('proves a page of several terms only when it beats what an unread match could score', () => {
    // Read by the first term's weight down to 4; the second term weighs at most 10: an unread match scores ≤ 14.
    const t = (scores: number[]): TypeMatches => ({
      matches: scores.map((s, i) => match(i + 1, s, 4)),
      complete: false,
      maxima: [12, 10],
    });
    expect(rankAllTerms({ termCount: 2, types: [t([20, 15])], offset: 0, limit: 2 }).conclusive).toBe(true);
    const tie = rankAllTerms({ termCount: 2, types: [t([20, 14])], offset: 0, limit: 2 });
    expect(tie).toEqual({ conclusive: false, page: [], floor: 14 });
  });

  it('has no floor when fewer matches were read than the page needs', () => {
    const t: TypeMatches = { matches: [match(1, 30, 2)], complete: false, maxima: [3, 30] };
    expect(rankAllTerms({ termCount: 2, types: [t], offset: 0, limit: 5 })).toEqual({
      conclusive: false,
      page: [],
      floor: null,
    });
  });
});

describe('termFloors', () => {
  it('asks each term for a share of the floor, more when the others cannot make up the rest', () => {
    expect(termFloors(20, [10, 10])).toEqual([10, 10]);
    expect(termFloors(32, [16, 34])).toEqual([16, 16]);
    expect(termFloors(40, [34, 8])).toEqual([32, 20]);
    expect(termFloors(1, [5, 5, 5])).toEqual([1, 1, 1]);
  });
});

describe('rankAnyTerm', () => {
  const row = (list: number, documentId: number, weight: number, hidden = false) => ({
    list,
    documentId,
    weight,
    hidden,
  });

  it('scores a document by its best term and proves the page when every list is deep enough', () => {
    const rows = [row(0, 1, 10), row(0, 2, 8), row(1, 2, 12), row(1, 3, 3)];
    expect(rankAnyTerm({ listCount: 2, depth: 2, rows, offset: 0, limit: 2 })).toEqual({
      conclusive: true,
      page: [
        { documentId: 2, score: 12 },
        { documentId: 1, score: 10 },
      ],
      floor: 10,
    });
  });

  it('does not prove a page when hidden rows used up a list that has more', () => {
    const rows = [row(0, 1, 10, true), row(0, 2, 8)];
    expect(rankAnyTerm({ listCount: 1, depth: 2, rows, offset: 0, limit: 2 }).conclusive).toBe(false);
    expect(rankAnyTerm({ listCount: 1, depth: 3, rows, offset: 0, limit: 2 }).conclusive).toBe(true);
  });
});

describe('planAllTerms', () => {
  const tuning = { ...DEFAULT_SEARCH_TUNING, termSample: 100, rareTermMax: 1000, countLimit: 50 };

  it('orders terms rarest first, estimating counts from how far the sample reaches', () => {
    const plan = planAllTerms(
      [
        { count: 100, firstDocumentId: 1, lastDocumentId: 200, matched: 90 }, // about 50,000 documents
        { count: 100, firstDocumentId: 1, lastDocumentId: 10_000, matched: 90 }, // about 1,000
      ],
      100_000,
      4,
      tuning,
    );
    expect(plan).toEqual({ order: [1, 0], path: 'every-match' });
  });

  it('reads the ordered matches when every term is common and they often meet', () => {
    expect(
      planAllTerms(
        [
          { count: 100, firstDocumentId: 1, lastDocumentId: 200, matched: 90 },
          { count: 100, firstDocumentId: 1, lastDocumentId: 300, matched: 80 },
        ],
        100_000,
        4,
        tuning,
      ).path,
    ).toBe('lists');
  });

  it('carries the density of a sample on from where it starts (a word that only recent documents use)', () => {
    const late = { count: 100, firstDocumentId: 50_001, lastDocumentId: 50_100, matched: 90 }; // about 50,000
    const early = { count: 100, firstDocumentId: 1, lastDocumentId: 20_000, matched: 90 }; // about 500
    expect(planAllTerms([late, early], 100_000, 4, tuning)).toEqual({ order: [1, 0], path: 'every-match' });
  });

  it('reads every match when common terms seldom meet', () => {
    expect(
      planAllTerms(
        [
          { count: 100, firstDocumentId: 1, lastDocumentId: 200, matched: 0 },
          { count: 100, firstDocumentId: 1, lastDocumentId: 300, matched: 1 },
        ],
        100_000,
        4,
        tuning,
      ).path,
    ).toBe('every-match');
  });

  it('gives up at once when a term is in no document', () => {
    expect(
      planAllTerms(
        [
          { count: 0, firstDocumentId: 0, lastDocumentId: 0, matched: 0 },
          { count: 100, firstDocumentId: 1, lastDocumentId: 300, matched: 0 },
        ],
        100_000,
        4,
        tuning,
      ).path,
    ).toBe('none');
  });
});
