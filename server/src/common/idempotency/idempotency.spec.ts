import { API } from '@ihaigui/shared';
import { AppException } from '../errors/app.exception';
import { acceptsIdempotencyKey, canonicalJson, parseIdempotencyKey, readAfterCommit, requestHash } from './idempotency';

describe('idempotency keys', () => {
  it('accepts keys of up to 64 safe characters and refuses others', () => {
    expect(parseIdempotencyKey(undefined)).toBeNull();
    expect(parseIdempotencyKey('')).toBeNull();
    expect(parseIdempotencyKey('3f2b8c1e-7a4d-4c55-9d1e-0a8b7c6d5e4f')).toBe('3f2b8c1e-7a4d-4c55-9d1e-0a8b7c6d5e4f');
    for (const bad of ['has space', 'x'.repeat(65), ['a', 'b'], 'ключ']) {
      expect(() => parseIdempotencyKey(bad)).toThrow(AppException);
    }
  });

  it('hashes the same request the same way whatever the key order, and another request differently', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }], u: undefined })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    const one = requestHash({ id: '7' }, { message: 'hi', extra: { y: 1, x: 2 } });
    expect(requestHash({ id: '7' }, { extra: { x: 2, y: 1 }, message: 'hi' })).toBe(one);
    expect(requestHash({ id: '8' }, { message: 'hi', extra: { y: 1, x: 2 } })).not.toBe(one);
    expect(requestHash({ id: '7' }, { message: 'hi!', extra: { y: 1, x: 2 } })).not.toBe(one);
  });

  it('applies to create routes only', () => {
    expect(acceptsIdempotencyKey(API.projects.create)).toBe(true);
    expect(acceptsIdempotencyKey(API.applications.apply)).toBe(true);
    expect(acceptsIdempotencyKey(API.projects.submit)).toBe(false);
    expect(acceptsIdempotencyKey(API.health.ready)).toBe(false);
  });

  it('retries a read after a commit, but not a refusal', async () => {
    let calls = 0;
    const flaky = () => {
      calls += 1;
      return calls < 3 ? Promise.reject(new Error('connection lost')) : Promise.resolve('record');
    };
    await expect(readAfterCommit(flaky, 4, 1)).resolves.toBe('record');
    expect(calls).toBe(3);
    const refused = jest.fn(() => Promise.reject(AppException.notFound('PROJECT_NOT_FOUND')));
    await expect(readAfterCommit(refused, 4, 1)).rejects.toThrow(AppException);
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
