/** Reads a JSON request body, turning a malformed one into a clear 400 instead of a 500. */
import type { Context } from 'hono';
import { ApiError } from './ApiError';

/** The parsed JSON body (an object), or a 400. */
export async function readJson(c: Context): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await c.req.json();
    if (body && typeof body === 'object' && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new ApiError(400, 'invalid_json', 'The request body must be a JSON object.');
}
