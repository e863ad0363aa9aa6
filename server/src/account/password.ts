import { hash, verify } from '@node-rs/argon2';
import { newPasswordSchema } from '@ihaigui/shared';
import { AppException } from '../common/errors/app.exception';

// Argon2id with the library's defaults (19 MiB, 2 passes): the OWASP baseline.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of a random string, verified against when the user does not exist, so both cases take as long. */
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash(`no-such-user-${Math.random()}`);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** The shared strength rule, plus: the password must not contain the username. */
export function assertStrongPassword(password: string, username: string): void {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success || password.toLowerCase().includes(username.toLowerCase())) {
    throw new AppException('PASSWORD_TOO_WEAK', 400);
  }
}
