import { sanitizeRichText } from './sanitize-html';

describe('sanitizeRichText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '<img src="x" />'],
    ['<p onclick="x()">hi</p>', '<p>hi</p>'],
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<img src="data:image/svg+xml;base64,AAAA">', '<img />'],
    ['<iframe src="https://evil.example"></iframe><p>a</p>', '<p>a</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<p style="position:fixed">a</p>', '<p>a</p>'],
  ])('cleans %s', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('keeps the formatting announcements use', () => {
    const html =
      '<h3>申报条件</h3><p><strong>重点</strong>：<em>留学人员</em></p><ul><li>一</li></ul><a href="https://www.xm.gov.cn/">官网</a>';
    expect(sanitizeRichText(html)).toBe(
      '<h3>申报条件</h3><p><strong>重点</strong>：<em>留学人员</em></p><ul><li>一</li></ul><a href="https://www.xm.gov.cn/" rel="noopener noreferrer" target="_blank">官网</a>',
    );
  });
});

describe('sanitizeRichText link targets', () => {
  it('does not let a writer choose rel or target', () => {
    expect(sanitizeRichText('<a href="https://a.example" target="_self" rel="opener">x</a>')).toBe(
      '<a href="https://a.example" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
});
