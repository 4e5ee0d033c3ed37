/** The formats a list can be downloaded in, spreadsheet first. */
const FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** "Download: XLSX CSV" — the same list as shown, as a file. */
export function DownloadLinks({
  label,
  hrefOf,
}: {
  label: string;
  hrefOf: (format: ExportFormat) => string;
}) {
  return (
    <p className="export-links">
      {label}{' '}
      {FORMATS.map((format) => (
        <a key={format} href={hrefOf(format)} download>
          {format.toUpperCase()}
        </a>
      ))}
    </p>
  );
}
