/**
 * A raw HTTP client for API tests: JSON in and out, a bearer token, nothing of the browser's
 * client code, so the server's own checks are what is tested.
 */

/** An answer: status and parsed JSON body (or the text when it is not JSON). */
export interface ApiResponse {
  readonly status: number;
  // Tests read arbitrary fields of the body.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
  readonly text: string;
  readonly headers: Headers;
}

/** Calls `path` on `baseUrl` as the holder of `token` (empty: anonymous). */
export async function api(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}
