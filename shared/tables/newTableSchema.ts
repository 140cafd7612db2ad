/**
 * What the Secretariat sends to create a mapping table, checked the same way in the browser
 * form and by POST /api/tables: a title, where rows come from (the DCs, or a custom list of
 * labels), the columns (a title and optionally the issue or Roadmap area each stands for), and
 * an optional deadline (an instant and the IANA time zone it was set in). Messages name the
 * field, so the form can show each next to its input.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { issueAreas, roadmapAreas } from '../workspace/referenceData';
import { TABLE_PREFIX } from './tableNames';
import type { NewTable } from './tableOperations';

/** Most columns and custom rows a table may have. */
export const TABLE_LIMITS = { columns: 40, rows: 200, title: 200, label: 200 } as const;

const areaIds = [...issueAreas, ...roadmapAreas].map((area) => area.id);

const unique = (values: readonly string[]) =>
  new Set(values.map((value) => value.trim().toLocaleLowerCase('en'))).size === values.length;

/** A deadline as sent by a form: an ISO instant and an IANA time zone. */
export const deadlineSchema = z.object({
  at: z.iso.datetime({
    offset: true,
    message: 'deadline.at: an ISO date and time, e.g. 2026-09-10T21:59:00Z',
  }),
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), {
    message: 'deadline.timeZone: a time zone such as Europe/Warsaw or UTC',
  }),
});

/** A new table as sent to POST /api/tables. */
export const newTableSchema = z
  .object({
    title: z
      .string({ message: 'title is required' })
      .trim()
      .min(1, 'title is required')
      .max(TABLE_LIMITS.title, `title: at most ${TABLE_LIMITS.title} characters`),
    rowSource: z.enum(['dcs', 'custom'], { message: 'rowSource: dcs or custom' }),
    rows: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'rows: a row label cannot be empty')
          .max(TABLE_LIMITS.label, `rows: at most ${TABLE_LIMITS.label} characters per label`),
        { message: 'rows: a list of row labels' },
      )
      .max(TABLE_LIMITS.rows, `rows: at most ${TABLE_LIMITS.rows}`)
      .refine(unique, 'rows: each label once')
      .optional(),
    columns: z
      .array(
        z.object({
          title: z
            .string({ message: 'columns: each column needs a title' })
            .trim()
            .min(1, 'columns: each column needs a title')
            .max(TABLE_LIMITS.title, `columns: at most ${TABLE_LIMITS.title} characters per title`),
          area: z
            .enum(areaIds as [string, ...string[]], {
              message: 'columns: area must be an IGF 2021 issue area or a Roadmap area',
            })
            .optional(),
        }),
        { message: 'columns: a list of columns' },
      )
      .min(1, 'columns: at least one column')
      .max(TABLE_LIMITS.columns, `columns: at most ${TABLE_LIMITS.columns}`)
      .refine((columns) => unique(columns.map((c) => c.title)), 'columns: each title once'),
    deadline: deadlineSchema.nullable().default(null),
  })
  .refine((table) => table.rowSource !== 'custom' || (table.rows?.length ?? 0) > 0, {
    path: ['rows'],
    message: 'rows: a table with custom rows needs at least one row label',
  });

/** A validated new table. */
export type NewTableInput = z.infer<typeof newTableSchema>;

/** A document name for a table titled `title` that `taken` does not have yet. */
export function tableDocName(title: string, taken: (name: string) => boolean): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'table';
  for (let n = 1; ; n++) {
    const name = `${TABLE_PREFIX}${slug}${n === 1 ? '' : `-${n}`}`;
    if (!taken(name)) return name;
  }
}

/**
 * The settings of a validated new table: rows of every DC in `dcIds` (or the custom labels),
 * columns with the area's id when it is free, else a fresh id from `newId`.
 */
export function newTableSettings(
  input: NewTableInput,
  dcIds: readonly string[],
  newId: () => string,
): NewTable {
  const used = new Set<string>();
  const columns = input.columns.map((column) => {
    const id = column.area !== undefined && !used.has(column.area) ? column.area : newId();
    used.add(id);
    return { id, title: column.title, ...(column.area !== undefined ? { area: column.area } : {}) };
  });
  const rows =
    input.rowSource === 'dcs'
      ? dcIds.map((id) => ({ id, dc: id }))
      : (input.rows ?? []).map((label) => ({ id: newId(), label }));
  return {
    title: input.title,
    rowSource: input.rowSource,
    deadline: input.deadline
      ? { at: new Date(input.deadline.at).toISOString(), timeZone: input.deadline.timeZone }
      : null,
    columns,
    rows,
  };
}
