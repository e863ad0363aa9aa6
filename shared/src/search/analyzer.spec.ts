import {
  analyze,
  analyzeQuery,
  highlight,
  htmlToText,
  normalize,
  queryTermList,
  snippetAround,
  stem,
} from './analyzer';

const termsOf = (text: string) => [...analyze(text).keys()].sort();

describe('analyze (documents)', () => {
  it('cuts a Chinese run into overlapping pairs plus an end term', () => {
    expect([...analyze('人才补贴').entries()]).toEqual([
      ['人才', 1],
      ['才补', 1],
      ['补贴', 1],
      ['贴_', 1],
    ]);
  });

  it('counts repeated terms and keeps punctuation as a run break', () => {
    const counts = analyze('创业补贴，创业贷款。');
    expect(counts.get('创业')).toBe(2);
    expect(counts.get('业补')).toBe(1);
    expect(counts.get('贴_')).toBe(1);
    expect(counts.has('贴创')).toBe(false);
    expect(counts.get('款_')).toBe(1);
  });

  it('gives a one-character run only its end term', () => {
    expect(termsOf('在 厦 工作')).toEqual(['作_', '厦_', '在_', '工作']);
  });

  it('lower-cases and stems English words, drops stop words and single letters', () => {
    expect(termsOf('The Startup Subsidies and Visas for a PhD')).toEqual(['phd', 'startup', 'subsidy', 'visa']);
    expect(termsOf('classes taxes matches business status analysis')).toEqual([
      'analysis',
      'business',
      'class',
      'match',
      'status',
      'tax',
    ]);
  });

  it('splits mixed text into Chinese runs, words and numbers', () => {
    expect(termsOf('AI人才最高50万元')).toEqual(['50', 'ai', '万元', '人才', '元_', '才最', '最高', '高_'].sort());
  });

  it('folds full-width letters, digits and accents before cutting', () => {
    expect(termsOf('ＶＩＳＡ　２０２４')).toEqual(termsOf('visa 2024'));
    expect(termsOf('Résumé')).toEqual(['resume']);
    expect(normalize('⼈才')).toBe('人才');
  });

  it('gives nothing for empty or symbol-only text', () => {
    expect(analyze(null).size).toBe(0);
    expect(analyze('，。!? —— ...').size).toBe(0);
  });
});

describe('stem', () => {
  it.each([
    ['policies', 'policy'],
    ['loans', 'loan'],
    ['parks', 'park'],
    ['classes', 'class'],
    ['branches', 'branch'],
    ['boxes', 'box'],
    ['bus', 'bus'],
    ['this', 'this'],
    ['gas', 'gas'],
    ['policy', 'policy'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('analyzeQuery', () => {
  it('turns a two-character word into one exact term', () => {
    for (const word of ['人才', '补贴', '创业']) {
      expect(analyzeQuery(word)).toEqual({ exact: [word], prefix: null, cjkRuns: [word], words: [] });
    }
  });

  it('requires every pair of a longer run (phrase-like)', () => {
    expect(analyzeQuery('生物医药').exact).toEqual(['生物', '物医', '医药']);
  });

  it('looks a lone Chinese character up as a prefix', () => {
    const q = analyzeQuery('贴');
    expect(q.exact).toEqual([]);
    expect(q.prefix).toBe('贴');
    expect(queryTermList(q)).toEqual(['贴']);
  });

  it('ignores a lone character when the query has other terms', () => {
    const q = analyzeQuery('贴 visa');
    expect(q.exact).toEqual(['visa']);
    expect(q.prefix).toBeNull();
    expect(q.cjkRuns).toEqual(['贴']);
  });

  it('stems English plurals like the documents', () => {
    expect(analyzeQuery('Startup LOANS').exact).toEqual(['startup', 'loan']);
    expect(analyzeQuery('subsidies').exact).toEqual(analyzeQuery('subsidy').exact);
  });

  it('mixes Chinese and English, dropping duplicates', () => {
    expect(analyzeQuery('人才 visa 人才 Visas')).toEqual({
      exact: ['人才', 'visa'],
      prefix: null,
      cjkRuns: ['人才', '人才'],
      words: ['visa', 'visa'],
    });
  });

  it('reads full-width input like half-width', () => {
    expect(analyzeQuery('ＰｈＤ　人才').exact).toEqual(['phd', '人才']);
  });

  it('gives no terms for punctuation and stop words only', () => {
    const q = analyzeQuery('the ， of ！');
    expect(q.exact).toEqual([]);
    expect(q.prefix).toBeNull();
    expect(queryTermList(q)).toEqual([]);
  });

  it('caps the number of terms', () => {
    expect(analyzeQuery('一二三四五六七八九十百千').exact).toHaveLength(8);
  });
});

describe('highlight', () => {
  it('marks Chinese runs as substrings', () => {
    expect(highlight('留学人员创业补贴申报', analyzeQuery('创业补贴'))).toEqual([
      { text: '留学人员', hit: false },
      { text: '创业补贴', hit: true },
      { text: '申报', hit: false },
    ]);
  });

  it('marks every occurrence, and separate query words separately', () => {
    expect(highlight('人才补贴与人才公寓', analyzeQuery('人才 公寓'))).toEqual([
      { text: '人才', hit: true },
      { text: '补贴与', hit: false },
      { text: '人才公寓', hit: true },
    ]);
  });

  it('marks whole English words by stem, keeping the original case', () => {
    expect(highlight('Startup Subsidies for Visa holders', analyzeQuery('subsidy visas'))).toEqual([
      { text: 'Startup ', hit: false },
      { text: 'Subsidies', hit: true },
      { text: ' for ', hit: false },
      { text: 'Visa', hit: true },
      { text: ' holders', hit: false },
    ]);
  });

  it('does not mark a word inside a longer word', () => {
    expect(highlight('parking park', analyzeQuery('park'))).toEqual([
      { text: 'parking ', hit: false },
      { text: 'park', hit: true },
    ]);
  });

  it('marks a lone character everywhere it occurs', () => {
    expect(highlight('补贴和津贴', analyzeQuery('贴'))).toEqual([
      { text: '补', hit: false },
      { text: '贴', hit: true },
      { text: '和津', hit: false },
      { text: '贴', hit: true },
    ]);
  });

  it('marks full-width text in its original form', () => {
    expect(highlight('申请ＶＩＳＡ签证', analyzeQuery('visa'))).toEqual([
      { text: '申请', hit: false },
      { text: 'ＶＩＳＡ', hit: true },
      { text: '签证', hit: false },
    ]);
  });

  it('keeps positions right where folding changes the length', () => {
    expect(highlight('面积200㎡的résumé中心', analyzeQuery('resume 中心'))).toEqual([
      { text: '面积200㎡的', hit: false },
      { text: 'résumé中心', hit: true },
    ]);
  });

  it('gives one plain segment when nothing matches, none for empty text', () => {
    expect(highlight('园区', analyzeQuery('visa'))).toEqual([{ text: '园区', hit: false }]);
    expect(highlight('', analyzeQuery('visa'))).toEqual([]);
  });

  it('joins back to the original text', () => {
    const text = 'Xiamen 人才补贴 Policies（２０２４）';
    expect(
      highlight(text, analyzeQuery('policy 补贴'))
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('snippetAround', () => {
  const long = `${'前言'.repeat(50)}本办法所称创业补贴是指给予留学人员的资助${'附则'.repeat(50)}`;

  it('keeps short texts whole', () => {
    expect(snippetAround('创业补贴', analyzeQuery('补贴'))).toBe('创业补贴');
  });

  it('shows a window around the first match', () => {
    const s = snippetAround(long, analyzeQuery('创业补贴'), 40);
    expect(s).toContain('创业补贴');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBe(42);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippetAround(long, analyzeQuery('visa'), 10)).toBe(`${'前言'.repeat(5)}…`);
  });

  it('finds English matches by stem and does not start inside a word', () => {
    const text = `${'Xiamen offers generous support to talents. '.repeat(4)}Startup subsidies are paid in instalments.`;
    const s = snippetAround(text, analyzeQuery('subsidy'), 60);
    expect(s).toContain('subsidies');
    expect(s).toMatch(/^…[A-Za-z ]/);
    expect(s.slice(1, 2)).not.toMatch(/[a-z]/);
  });
});

describe('htmlToText', () => {
  it('drops tags, scripts and styles and collapses spaces', () => {
    expect(htmlToText('<p>人才</p><p>补贴<script>x()</script></p>\n<style>p{}</style>')).toBe('人才 补贴');
  });

  it('decodes entities exactly once', () => {
    expect(htmlToText('A&amp;B &lt;b&gt; &amp;lt; &#20154;&#x624D; &quot;x&quot;&nbsp;y')).toBe(
      'A&B <b> &lt; 人才 "x" y',
    );
  });
});
