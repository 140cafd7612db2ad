// Builds the browser client from client/ into dist/client (served by the Hono server), and in
// development serves it with hot reload, proxying /api and the /sync websockets to the server.
//
// On a document address (/doc/<name>) the browser should start downloading the editor and sync
// code while it still fetches the entry script, not after the entry has run. The plugin below
// emits a tiny classic script (same origin, so a strict Content-Security-Policy allows it) that
// adds modulepreload links for those chunks on document pages only; the home page downloads
// nothing of the editor.
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

/** Where `npm run dev` finds the API and sync server (server/dev.ts may override it). */
const serverUrl = process.env.DC_PLANNER_SERVER_URL ?? 'http://127.0.0.1:8080';

/** Source files whose lazily loaded chunks a document page needs. */
const DOCUMENT_ENTRIES = [
  '/client/src/editor/EditorPage.tsx',
  '/client/src/sync/documentSession.ts',
];

interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
  readonly viteMetadata?: { importedCss: Set<string> };
}

/** Emits and links the document-page preloader. */
function preloadDocumentChunks(): Plugin {
  return {
    name: 'dc-planner:preload-document-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (item): item is ChunkLike & typeof item => item.type === 'chunk',
      );
      const loadedByEntry = new Set(
        chunks
          .filter((chunk) => chunk.isEntry)
          .flatMap((chunk) => [chunk.fileName, ...chunk.imports]),
      );
      const scripts = new Set<string>();
      const styles = new Set<string>();
      for (const suffix of DOCUMENT_ENTRIES) {
        const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(suffix));
        if (!chunk) this.error(`preloadDocumentChunks: no chunk for ${suffix}`);
        for (const file of [chunk.fileName, ...chunk.imports]) {
          if (!loadedByEntry.has(file)) scripts.add(file);
        }
        for (const file of chunk.viteMetadata?.importedCss ?? []) styles.add(file);
      }
      const source =
        `(function(){if(!/^\\/doc\\//.test(location.pathname))return;var h=document.head;` +
        `function add(rel,href,as){var l=document.createElement('link');l.rel=rel;l.href='/'+href;if(as)l.as=as;h.appendChild(l)}` +
        `${JSON.stringify([...scripts])}.forEach(function(f){add('modulepreload',f)});` +
        `${JSON.stringify([...styles])}.forEach(function(f){add('preload',f,'style')});})();\n`;
      const reference = this.emitFile({ type: 'asset', name: 'preload-document.js', source });
      const fileName = this.getFileName(reference);
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset')
        this.error('preloadDocumentChunks: index.html is not in the bundle');
      html.source = String(html.source).replace(
        '</title>',
        `</title>\n    <script src="/${fileName}"></script>`,
      );
    },
  };
}

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react(), preloadDocumentChunks()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The editor chunk (Tiptap, ProseMirror, Yjs) is large by nature and loaded lazily.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': { target: serverUrl, changeOrigin: true },
      '/sync': { target: serverUrl.replace(/^http/, 'ws'), ws: true, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: serverUrl, changeOrigin: true },
      '/sync': { target: serverUrl.replace(/^http/, 'ws'), ws: true, changeOrigin: true },
    },
  },
});
