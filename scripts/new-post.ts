/**
 * `npm run new -- "Title" [--lang de] [--tags a,b]`: writes a new draft to content/posts with
 * valid frontmatter and a unique slug, and prints its path and its address under `npm run dev`.
 */
import { existsSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type SiteLanguage, siteLanguages } from "../shared/languages.ts";
import { postPath } from "../shared/urls.ts";
import { utcDay } from "../shared/utc-day.ts";
import { siteConfig } from "../site.config.ts";
import { slugify } from "../src/lib/topics.ts";
import { runCommand } from "./lib/run-command.ts";
import { chooseSlug, renderDraft } from "./new-post/draft-post.ts";
import { fallbackTopic } from "./wordpress/topics.ts";

const usage = `usage: npm run new -- "Title" [--lang de|en] [--tags "Topic A,Topic B"] [--content DIR]

Writes a draft (draft: true) dated today to content/posts/<slug>.md. The slug is the title in
lower-case ASCII ("Über Datenschutz" → ueber-datenschutz), with -2, -3, … when that file exists.

  --lang L       the post's language: ${siteLanguages.join(" or ")} (default: the site's, ${siteConfig.lang})
  --tags A,B     its topics, separated by commas (default: ${fallbackTopic[siteConfig.lang]})
  --content DIR  the posts folder (default content/posts)
  --help         this text`;

/** `astro dev`'s own default port; `npm run dev -- --port N` serves elsewhere. */
const devOrigin = "http://localhost:4321";

interface NewPostCommand {
  title: string;
  lang: SiteLanguage;
  tags: string[];
  folder: string;
}

function isSiteLanguage(value: string): value is SiteLanguage {
  return siteLanguages.some((language) => language === value);
}

const options = {
  lang: { type: "string" },
  tags: { type: "string" },
  content: { type: "string", default: "content/posts" },
  help: { type: "boolean", default: false },
} as const;

function parseCommandLine(args: string[]) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function readCommand(args: string[]): NewPostCommand | "help" | { error: string } {
  const parsed = parseCommandLine(args);
  if ("error" in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 1) return { error: `one title, in quotes: got ${positionals.length} words` };
  const title = positionals[0]?.trim() ?? "";
  if (title === "") return { error: "a title is needed" };
  if (slugify(title) === "") return { error: `title: "${title}" has no letter or digit to make a slug of` };
  const lang = values.lang ?? siteConfig.lang;
  if (!isSiteLanguage(lang)) return { error: `--lang: "${lang}" is not one of ${siteLanguages.join(", ")}` };
  const tags = (values.tags ?? "")
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  return { title, lang, tags: tags.length > 0 ? tags : [fallbackTopic[lang]], folder: values.content };
}

async function run(command: NewPostCommand): Promise<number> {
  if (!existsSync(command.folder)) {
    console.error(`${command.folder}: no such folder`);
    return 2;
  }
  const slug = chooseSlug(command.title, await readdir(command.folder));
  const draft = renderDraft({ ...command, pubDate: utcDay(new Date()) });
  if ("error" in draft) {
    console.error(`${draft.error}\n\n${usage}`);
    return 2;
  }
  const file = join(command.folder, `${slug}.md`);
  // "wx": never overwrite, even a file written between the listing and now.
  await writeFile(file, draft.text, { flag: "wx" });
  const shown = relative(process.cwd(), file).startsWith("..") ? resolve(file) : relative(process.cwd(), file);
  console.log(`Wrote ${shown} (a draft: it shows under npm run dev only).`);
  console.log(`Preview: ${devOrigin}${postPath(slug)}`);
  return 0;
}

await runCommand(readCommand(process.argv.slice(2)), usage, run, "Nothing was written.", "new post");
