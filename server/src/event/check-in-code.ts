import { randomBytes } from 'node:crypto';

/** The characters of CHECK_IN_CODE_PATTERN: capitals and digits without 0/O and 1/I, which are misread at a door. */
export const CHECK_IN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/**
 * A fresh check-in code: 8 characters drawn uniformly (32 symbols, so 5 bits of a random byte each) from a
 * cryptographic source: 2^40 codes, so a guess at the door practically never hits someone's registration.
 */
export function newCheckInCode(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(CODE_LENGTH);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CHECK_IN_ALPHABET[(bytes[i] as number) & 31];
  return code;
}
