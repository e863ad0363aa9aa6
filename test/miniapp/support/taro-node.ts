/**
 * The few Taro APIs the mini-app's non-visual modules use, implemented on Node: `request` over the real network
 * (global fetch), storage in memory, a system language. Lets the request module talk to a real server in tests.
 */
interface RequestOption {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
  timeout?: number;
}

const storage = new Map<string, unknown>();
let systemLanguage = 'zh_CN';

async function request(option: RequestOption) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), option.timeout ?? 15_000);
  try {
    const res = await fetch(option.url, {
      method: option.method ?? 'GET',
      headers: option.header,
      body: option.data === undefined ? undefined : JSON.stringify(option.data),
      signal: controller.signal,
    });
    const text = await res.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // Non-JSON bodies stay text, as on weapp.
    }
    const header: Record<string, string> = {};
    res.headers.forEach((v, k) => (header[k] = v));
    return { statusCode: res.status, data, header, errMsg: 'request:ok' };
  } catch (err) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Taro rejects with a plain { errMsg } object
    throw { errMsg: `request:fail ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

const Taro = {
  request,
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getAppBaseInfo: () => ({ language: systemLanguage }),
  getSystemInfoSync: () => ({ language: systemLanguage }),
};

export function setSystemLanguage(language: string) {
  systemLanguage = language;
}

export function clearStorage() {
  storage.clear();
}

export default Taro;
