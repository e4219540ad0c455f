// The pane's pages forbid eval (Content-Security-Policy in taskpane.html, no 'unsafe-eval'). zod v4
// compiles object schemas with `new Function` unless told not to, and reads this setting when a
// schema is built, so it runs first: webpack.config.js makes it the first module of each entry.
// (zod: "if a content security policy forbids eval, z.config({ jitless: true })"; STYLE.md.)
import { z } from "zod";

z.config({ jitless: true });
