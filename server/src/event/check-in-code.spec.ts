import { CHECK_IN_CODE_PATTERN } from '@ihaigui/shared';
import { CHECK_IN_ALPHABET, newCheckInCode } from './check-in-code';

describe('check-in codes', () => {
  it('uses exactly the alphabet of the shared pattern (32 symbols, none twice)', () => {
    expect(new Set(CHECK_IN_ALPHABET).size).toBe(32);
    for (const c of CHECK_IN_ALPHABET) expect(CHECK_IN_CODE_PATTERN.test(c.repeat(8))).toBe(true);
    for (const c of '01IO') expect(CHECK_IN_ALPHABET).not.toContain(c);
  });

  it('gives codes the check-in form accepts, different each time', () => {
    const codes = Array.from({ length: 200 }, () => newCheckInCode());
    expect(codes.every((c) => CHECK_IN_CODE_PATTERN.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('maps each byte onto one symbol, so every symbol is equally likely', () => {
    expect(newCheckInCode(() => Buffer.from([0, 31, 32, 63, 255, 1, 24, 30]))).toBe('A9A99B28');
  });
});
