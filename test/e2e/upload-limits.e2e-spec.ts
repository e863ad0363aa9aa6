import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { CV_MAX_BYTES, PITCH_DECK_MAX_BYTES, POLICY_ATTACHMENT_MAX_BYTES } from '@ihaigui/shared';
import { TalentProfileEntity } from '../../server/src/account/talent-profile.entity';
import { IMPORT_MAX_BYTES } from '../../server/src/policy/policy-import.service';
import { ProjectEntity } from '../../server/src/project/project.entity';
import { personaTokens } from './support/personas';
import { DIALECTS, startTestApp, type TestApp } from './support/test-app';

const BOUNDARY = '----ihaiguiUploadLimitTest';
const PDF_HEAD = Buffer.from('%PDF-1.4\n');

/** Every file under the directory (uploads are stored in subfolders). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

interface Early {
  status: number;
  body: { code?: string };
  /** Bytes of the file the client had sent when the answer came. */
  sent: number;
}

/**
 * Starts a multipart upload announcing `declaredBytes` of file, sends `sendBytes` of it and waits, without ever
 * finishing the body, for the server to answer.
 */
function partialUpload(
  port: number,
  urlPath: string,
  token: string,
  declaredBytes: number,
  sendBytes: number,
  fileName = 'file.pdf',
): Promise<Early> {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: urlPath,
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(head.length + declaredBytes + tail.length),
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer after ${sent} of ${declaredBytes} bytes`));
    }, 15_000);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || '{}'), sent });
      });
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.write(head);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    PDF_HEAD.copy(chunk);
    const writeMore = () => {
      while (sent < sendBytes) {
        const n = Math.min(chunk.length, sendBytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          req.once('drain', writeMore);
          return;
        }
      }
    };
    writeMore();
  });
}

describe.each(DIALECTS)('upload limits while streaming on %s', (dialect) => {
  let t: TestApp;
  let port = 0;
  let tokens: Record<string, string>;
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-uploads-'));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      env: {
        SEED_DEMO: 'true',
        STORAGE_DIR: storage,
        RATE_LIMIT_AUTH_PER_MINUTE: '100000',
        RATE_LIMIT_SENSITIVE_PER_MINUTE: '100000',
      },
    });
    tokens = await personaTokens(t, ['talent', 'staff']);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(storage, { recursive: true, force: true });
  });

  it('answers 413 as soon as limit + 1 bytes arrive, without waiting for the rest, and stores nothing', async () => {
    const project = await t.http
      .post('/api/v1/me/projects')
      .set(auth(tokens.talent))
      .send({
        name: '上传限制测试项目',
        nameEn: 'Upload limit test',
        field: 'ai',
        originRegion: 'uk',
        teamSize: 3,
        leaderDegree: 'phd',
        stage: 'prototype',
        financingNeed: 1_000_000,
        seeks: ['investment'],
        summary: '用于检查上传大小限制的项目，内容足够长以通过校验。',
        details: '用于检查上传大小限制的项目详情，内容足够长以通过校验。',
        contact: '测试 · test@example.com',
        visibility: 'public',
      })
      .expect(201);
    const policyId = (await t.http.get('/api/v1/policies?pageSize=1').expect(200)).body.items[0].id as number;
    const before = filesUnder(storage);
    const cases: Array<[string, string, number, string]> = [
      ['CV', '/api/v1/me/talent-profile/cv', CV_MAX_BYTES, 'CV_TOO_LARGE'],
      ['pitch deck', `/api/v1/me/projects/${project.body.id}/pitch-deck`, PITCH_DECK_MAX_BYTES, 'PITCH_DECK_TOO_LARGE'],
      ['policy import', '/api/v1/staff/policies/import', IMPORT_MAX_BYTES, 'PAYLOAD_TOO_LARGE'],
      [
        'attachment',
        `/api/v1/staff/policies/${policyId}/attachments`,
        POLICY_ATTACHMENT_MAX_BYTES,
        'ATTACHMENT_TOO_LARGE',
      ],
    ];
    for (const [what, url, limit, code] of cases) {
      const token = url.includes('/staff/') ? tokens.staff : tokens.talent;
      // 200 MB announced, limit + 1 sent: the answer must come while the client is still "uploading".
      const early = await partialUpload(port, url, token, 200 * 1024 * 1024, limit + 1);
      expect({ what, status: early.status, code: early.body.code }).toEqual({ what, status: 413, code });
      expect(early.sent).toBe(limit + 1);
    }
    // Nothing of the refused uploads was kept: no file, the deck still empty.
    expect(filesUnder(storage).sort()).toEqual(before.sort());
    const deck = await t.app.get(DataSource).getRepository(ProjectEntity).findOneByOrFail({ id: project.body.id });
    expect(deck.pitchDeckKey).toBeNull();

    // Exactly the limit is still taken.
    const whole = Buffer.concat([PDF_HEAD, Buffer.alloc(CV_MAX_BYTES - PDF_HEAD.length, 0x20)]);
    const cv = await t.http
      .post('/api/v1/me/talent-profile/cv')
      .set(auth(tokens.talent))
      .attach('file', whole, 'exact.pdf')
      .expect(200);
    expect(cv.body.cv).toMatchObject({ fileName: 'exact.pdf', size: CV_MAX_BYTES });
    const profiles = t.app.get(DataSource).getRepository(TalentProfileEntity);
    expect(await profiles.countBy({ cvFileName: 'exact.pdf', cvSize: CV_MAX_BYTES })).toBe(1);
  });
});
