/**
 * A copy of this project with a WordPress export imported into it, built and served: the
 * author's path from `npm run import:wordpress` to a running site. The export's images come
 * from a local server standing in for the old blog; one of them fails on purpose.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchPreview, type PreviewServer } from "../../../scripts/lib/preview-server";
import { runScript } from "../../build/support/import-run";
import { copyProjectSources } from "../../support/project-copy";
import { jpeg } from "../../support/test-images";

export const oldBlog = "https://alter-blog.example";
/** The image the old blog no longer has. */
export const missingImage = "team-workshop-1024x683.jpg";

export interface ImportedSite {
  root: string;
  persistTo: string;
  /** What `npm run import:wordpress` and `npm run build` printed. */
  importOutput: string;
  buildOutput: string;
  /** The export as imported, with the old blog's address pointing at the image server. */
  exportFile: string;
  oldOrigin: string;
  preview: PreviewServer;
  stop(): Promise<void>;
}

/** `npm run <script>` in the copy, failing with what it printed unless it succeeds. */
async function run(script: string, args: string[], cwd: string): Promise<string> {
  const done = await runScript(script, args, cwd);
  const output = `${done.stdout}${done.stderr}`;
  if (done.status !== 0) throw new Error(`npm run ${script} exited ${done.status}:\n${output.slice(-4000)}`);
  return output;
}

function startImageServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (request.url?.endsWith(".jpg") && !request.url.endsWith(missingImage)) {
      response.writeHead(200, { "Content-Type": "image/jpeg", "Content-Length": jpeg.length }).end(jpeg);
    } else {
      response.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Not found</h1>");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

export async function buildImportedSite(fixture: string): Promise<ImportedSite> {
  const root = await mkdtemp(join(tmpdir(), "resonanz-wordpress-site-"));
  const images = await startImageServer();
  try {
    await copyProjectSources(root);
    await symlink(join(process.cwd(), "node_modules"), join(root, "node_modules"));
    const exportFile = join(root, "export.xml");
    await writeFile(exportFile, (await readFile(fixture, "utf8")).replaceAll(oldBlog, images.origin));
    const persistTo = join(root, "state");
    await mkdir(persistTo);
    const importArgs = ["--file", exportFile, "--persist-to", persistTo, "--report", join(root, "report.json")];
    const importOutput = await run("import:wordpress", importArgs, root);
    const buildOutput = await run("build", [], root);
    const launched = await launchPreview({ cwd: root, persistTo });
    await launched.ready;
    return {
      root,
      persistTo,
      importOutput,
      buildOutput,
      exportFile,
      oldOrigin: images.origin,
      preview: launched,
      stop: async () => {
        await launched.stop();
        images.server.close();
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    images.server.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
