/**
 * Turns a zod validation failure into one plain message per field, so forms in the browser
 * and the HTTP API name exactly which field is wrong.
 */
import type { z } from 'zod';

/** One message per field path (the first problem of each). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'form';
    fields[field] ??= issue.message;
  }
  return fields;
}
