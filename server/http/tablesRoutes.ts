/**
 * The mapping-table routes: GET /api/tables (every table with its title, deadline, progress and
 * what the person may do, read from the stored or open document, so renames show at once),
 * POST /api/tables (the Secretariat creates a table: validated, stored, audited) and the
 * exports GET /api/tables/:name/export.csv and .xlsx for anyone signed in, with every value
 * neutralized against spreadsheet formulas.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import * as Y from 'yjs';
import { fieldErrors } from '../../shared/accounts/fieldErrors';
import { Roles, defaultDocumentAccess } from '../../shared/access/roles';
import { exportFileName, tableCsv, tableExportRows } from '../../shared/tables/exportTable';
import { newTableSchema, newTableSettings, tableDocName } from '../../shared/tables/newTableSchema';
import { readTable } from '../../shared/tables/readTable';
import { buildTableUpdate } from '../../shared/tables/seededTables';
import { isTableName } from '../../shared/tables/tableNames';
import { tableListItem, type TableListItem } from '../../shared/tables/tableList';
import { isValidDocName } from '../../shared/docName';
import { dynamicCoalitions } from '../../shared/workspace/referenceData';
import type { AccountService } from '../accounts/AccountService';
import type { RoomRegistry } from '../room/RoomRegistry';
import type { DocumentStore } from '../storage/DocumentStore';
import { ApiError, invalidInput } from './ApiError';
import { requireIdentity, requireRole, type IdentityVariables } from './identity';
import { readJson } from './readJson';

/** What the table routes need. */
export interface TablesRouteDependencies {
  readonly store: DocumentStore;
  readonly registry: RoomRegistry;
  readonly accounts: AccountService;
}

const dcName = (dcId: string): string =>
  dynamicCoalitions.find((dc) => dc.id === dcId)?.name ?? dcId;

/** A short random id for custom rows and columns. */
const shortId = (): string => randomBytes(6).toString('base64url');

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return (
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Table'
  );
}

/** A Content-Disposition header for downloading `fileName`. */
function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Registers /api/tables and the exports. */
export function registerTablesRoutes(
  app: Hono<{ Variables: IdentityVariables }>,
  deps: TablesRouteDependencies,
): void {
  /** The table's document: the open room's, else a copy loaded from storage; null if none. */
  const tableDoc = async (name: string): Promise<Y.Doc | null> => {
    if (!isTableName(name) || !isValidDocName(name)) return null;
    const room = await deps.registry.peek(name);
    if (room) return room.readDoc();
    const stored = await deps.store.load(name);
    if (stored.updates.length === 0) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.mergeUpdates(stored.updates as Uint8Array[]));
    return doc;
  };

  const requireTable = async (name: string): Promise<Y.Doc> => {
    const doc = await tableDoc(name);
    if (!doc) throw new ApiError(404, 'not_found', 'There is no such table. Go back to the list.');
    return doc;
  };

  app.get('/api/tables', async (c) => {
    const { user } = requireIdentity(c);
    const stored = (await deps.store.list()).filter((info) => isTableName(info.name));
    const tables: TableListItem[] = [];
    for (const info of stored.sort((a, b) => a.name.localeCompare(b.name))) {
      const doc = await tableDoc(info.name);
      if (!doc) continue;
      const override = (await deps.accounts.store.getDocumentAccess(info.name)).get(user.id);
      const access = override ?? defaultDocumentAccess(user.role);
      tables.push(
        tableListItem(
          info.name,
          doc,
          { role: user.role, access },
          new Date(info.updatedAt).toISOString(),
        ),
      );
    }
    return c.json({ tables });
  });

  // Creations run one at a time, so two tables with one title get two names.
  let creating: Promise<unknown> = Promise.resolve();
  app.post('/api/tables', async (c) => {
    const { user } = requireRole(c, Roles.secretariat);
    const parsed = newTableSchema.safeParse(await readJson(c));
    if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
    const settings = newTableSettings(
      parsed.data,
      dynamicCoalitions.map((dc) => dc.id),
      shortId,
    );
    const create = creating.then(async () => {
      const taken = new Set([
        ...(await deps.store.list()).map((info) => info.name),
        ...deps.registry.loadedNames(),
      ]);
      const name = tableDocName(settings.title, (candidate) => taken.has(candidate));
      // A random author id: tables are created by people, not seeded twice.
      const clientId = randomBytes(4).readUInt32LE(0) >>> 1;
      await deps.store.append([{ name, update: buildTableUpdate(settings, clientId) }]);
      return name;
    });
    creating = create.catch(() => undefined);
    const name = await create;
    await deps.accounts.audit({ user }, 'table.created', name, { title: settings.title });
    return c.json({ name }, 201);
  });

  app.get('/api/tables/:name/export.csv', async (c) => {
    requireIdentity(c);
    const doc = await requireTable(c.req.param('name'));
    const fileName = exportFileName(readTable(doc).title, 'csv');
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    return c.body(`\uFEFF${tableCsv(doc, dcName)}`, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(fileName),
      'cache-control': 'no-store',
    });
  });

  app.get('/api/tables/:name/export.xlsx', async (c) => {
    requireIdentity(c);
    const doc = await requireTable(c.req.param('name'));
    const table = readTable(doc);
    const rows = tableExportRows(doc, dcName);
    // Loaded on the first export, not at start: it is the heaviest module of the server
    // (about 190 ms and 27 MiB), and restarts should be quick.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'DC Planner';
    const sheet = workbook.addWorksheet(sheetName(table.title));
    for (const row of rows) sheet.addRow(row);
    // Every value is written as text: no cell of an export is ever a formula.
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cell.value = String(cell.value ?? '');
        cell.alignment = { wrapText: true, vertical: 'top' };
      }),
    );
    const headerLine = rows.findIndex((row) => row.length > 2) + 1;
    if (headerLine > 0) {
      sheet.getRow(headerLine).font = { bold: true };
      sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerLine }];
    }
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 40 : 32;
    });
    const buffer = await workbook.xlsx.writeBuffer();
    return c.body(new Uint8Array(buffer as ArrayBuffer), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': attachment(exportFileName(table.title, 'xlsx')),
      'cache-control': 'no-store',
    });
  });
}
