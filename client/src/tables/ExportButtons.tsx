/**
 * Downloading the table as CSV or XLSX. The files are made by the server from the stored
 * table (formula-looking text neutralized), so what is downloaded is what everyone agreed on,
 * not this browser's unsaved copy.
 */
import { exportUrl } from './tablesApi';

/** Props of ExportButtons. */
export interface ExportButtonsProps {
  readonly name: string;
}

/** The export links. */
export function ExportButtons({ name }: ExportButtonsProps) {
  return (
    <div className="table-export" role="group" aria-label="Export">
      <a
        className="button button--small"
        href={exportUrl(name, 'csv')}
        download
        data-testid="export-csv"
      >
        Export CSV
      </a>
      <a
        className="button button--small"
        href={exportUrl(name, 'xlsx')}
        download
        data-testid="export-xlsx"
      >
        Export XLSX
      </a>
    </div>
  );
}
