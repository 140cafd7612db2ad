/**
 * What the built client weighs: the JavaScript a first visit loads (the entry script and its
 * modulepreloads, as index.html lists them) and the lazily loaded editor chunk, gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Gzipped sizes in KB (1 KB = 1024 bytes). */
export interface BundleSizes {
  readonly firstLoadJsKb: number;
  readonly firstLoadCssKb: number;
  readonly lazyJsKb: number;
  readonly chunks: ReadonlyArray<{ file: string; gzipKb: number; firstLoad: boolean }>;
}

const gzipKb = (file: string): number =>
  zlib.gzipSync(fs.readFileSync(file), { level: 9 }).byteLength / 1024;

/** Measures the build in `clientDir` (dist/client). */
export function measureBundle(clientDir: string): BundleSizes {
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]!),
  );
  const assets = fs.readdirSync(path.join(clientDir, 'assets'));
  const chunks = assets
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => ({
      file,
      gzipKb: gzipKb(path.join(clientDir, 'assets', file)),
      firstLoad: referenced.has(`assets/${file}`),
    }));
  const sum = (predicate: (chunk: (typeof chunks)[number]) => boolean) =>
    chunks.filter(predicate).reduce((total, chunk) => total + chunk.gzipKb, 0);
  return {
    firstLoadJsKb: sum((chunk) => chunk.firstLoad && chunk.file.endsWith('.js')),
    firstLoadCssKb: sum((chunk) => chunk.firstLoad && chunk.file.endsWith('.css')),
    lazyJsKb: sum((chunk) => !chunk.firstLoad && chunk.file.endsWith('.js')),
    chunks,
  };
}
