/**
 * Serves a built app with `vite preview` on a free loopback port, with the
 * project's Vite config (so headers or a base path the app needs apply).
 */
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import { ROOT } from './buildApp.js';

/** A running preview server. */
export interface PreviewedApp {
  /** The page's address, such as `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** Starts `vite preview` for the build in `outDir` on 127.0.0.1 and a port the system picks. */
export async function previewApp(outDir: string): Promise<PreviewedApp> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
