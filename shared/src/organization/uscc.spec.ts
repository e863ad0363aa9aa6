import { maskPhone } from '../account/account.schema';
import { isValidUscc, usccCheckCharacter } from './uscc';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts codes whose check character matches', () => {
    const body = '91350100M000100Y4';
    const code = body + usccCheckCharacter(body);
    expect(isValidUscc(code)).toBe(true);
    expect(isValidUscc(code.toLowerCase())).toBe(true);
    expect(isValidUscc(` ${code} `)).toBe(true);
  });

  it('agrees with the example code commonly quoted with the standard', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('refuses a wrong check character, wrong length and letters outside the alphabet', () => {
    const body = '91350200MA2Y7H3K1';
    const good = body + usccCheckCharacter(body);
    const wrong = body + (good[17] === 'A' ? 'B' : 'A');
    expect(isValidUscc(wrong)).toBe(false);
    expect(isValidUscc(good.slice(0, 17))).toBe(false);
    expect(isValidUscc(`${good}0`)).toBe(false);
    expect(isValidUscc('91350200MA2Y7H3KIO')).toBe(false); // I and O are not in the alphabet
    expect(isValidUscc('')).toBe(false);
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('123')).toBe('****');
  });
});
