// A static file server on 127.0.0.1 for browser tests; `hits` records every path asked for.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json" };

export interface StaticServer {
  readonly server: Server;
  readonly origin: string;
  readonly hits: string[];
  close(): Promise<void>;
}

/** Serves `folder`; `pages` adds HTML pages by path; "/" serves index.html; `htmlHeaders` go on every page. */
export function serveFolder(
  folder: string,
  pages: Record<string, string> = {},
  htmlHeaders: Record<string, string> = {},
): Promise<StaticServer> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    hits.push(path);
    if (pages[path] !== undefined) {
      response.writeHead(200, { "Content-Type": "text/html", ...htmlHeaders }).end(pages[path]);
      return;
    }
    try {
      const file = join(folder, path === "/" ? "index.html" : path);
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "Content-Type": type, ...(type === "text/html" ? htmlHeaders : {}) }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        server,
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        hits,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}
