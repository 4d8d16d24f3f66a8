/**
 * A synthetic WordPress export (WXR 1.2) for the importer's benchmark and streaming test: posts with
 * Gutenberg and classic bodies, categories and tags, and comment threads with the e-mail and IP
 * addresses a real export carries. Seeded, so every run writes the same file. Written as a stream,
 * post by post, so that its size is not bounded by memory. Each comment is about 1 kB, most of it
 * WordPress's markup: 2,000 posts with 10 comments make about 22 MB with one paragraph each, and
 * about 50 MB with 36 (a paragraph is about 400 bytes).
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { chance, createRandom, integerBetween, pickOne, type Random, weightedSampler } from "./random.ts";

export interface LargeExportOptions {
  posts: number;
  commentsPerPost: number;
  paragraphsPerPost: number;
  /** The generator's seed; the same seed writes the same file. */
  seed?: number;
}

const site = "https://grosses-blog.example";
const authors = ["anna", "markus", "petra"];
const categories = [
  { slug: "allgemein", name: "Allgemein", parent: "" },
  { slug: "beratung", name: "Beratung", parent: "" },
  { slug: "datenschutz", name: "Datenschutz", parent: "beratung" },
  { slug: "it-sicherheit", name: "IT &amp; Sicherheit", parent: "" },
];
const tags = ["website", "praxis", "digitalisierung", "dsgvo", "cloud", "teams", "kunden", "finanzen"];
const words = (
  "Beratung Unternehmen Datenschutz Mitarbeiter Prozesse Kunden digital Lösung Frage Antwort Projekt " +
  "Zeit Woche wichtig einfach schnell sicher Büro Team Angebot Rechnung Vertrag Software Daten Cloud " +
  "Erfahrung Praxis Ergebnis Überblick Schritt Ziel Größe Kosten prüfen planen umsetzen verbessern " +
  "gemeinsam zuerst außerdem deshalb trotzdem für über mit ohne nach bei und oder aber die der das"
).split(" ");
const approval = weightedSampler<string>([
  ["1", 85],
  ["0", 8],
  ["spam", 4],
  ["trash", 3],
]);

/** WordPress's own CDATA wrapper: a "]]>" inside the text is split across two sections. */
function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

function sentence(random: Random): string {
  const picked = Array.from({ length: integerBetween(random, 8, 16) }, () => pickOne(random, words));
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
  return Array.from({ length: integerBetween(random, 3, 5) }, () => sentence(random)).join(" ");
}

function gutenbergBody(random: Random, paragraphs: number): string {
  const blocks: string[] = [];
  for (let index = 0; index < paragraphs; index++) {
    if (index > 0 && chance(random, 0.2)) {
      blocks.push(`<!-- wp:heading -->\n<h2 class="wp-block-heading">${sentence(random)}</h2>\n<!-- /wp:heading -->`);
    }
    blocks.push(`<!-- wp:paragraph -->\n<p>${paragraph(random)}</p>\n<!-- /wp:paragraph -->`);
  }
  return blocks.join("\n\n");
}

/** The classic editor stores paragraphs as text separated by blank lines, without <p>. */
function classicBody(random: Random, paragraphs: number): string {
  const parts = Array.from({ length: paragraphs }, () => paragraph(random));
  if (chance(random, 0.3))
    parts.splice(1, 0, `<ul>\n \t<li>${sentence(random)}</li>\n \t<li>${sentence(random)}</li>\n</ul>`);
  return parts.join("\n\n");
}

function mysqlDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

function commentXml(random: Random, id: number, parent: number, postMs: number): string {
  const reader = integerBetween(random, 1, 5_000);
  const atMs = postMs + integerBetween(random, 1, 30 * 24) * 3_600_000;
  const type = chance(random, 0.03) ? "pingback" : "comment";
  return `
		<wp:comment>
			<wp:comment_id>${id}</wp:comment_id>
			<wp:comment_author>${cdata(`Leser ${reader}`)}</wp:comment_author>
			<wp:comment_author_email>${cdata(`leser${reader}@example.com`)}</wp:comment_author_email>
			<wp:comment_author_url>${chance(random, 0.2) ? `https://leser${reader}.example` : ""}</wp:comment_author_url>
			<wp:comment_author_IP>${cdata(`203.0.113.${reader % 254}`)}</wp:comment_author_IP>
			<wp:comment_date>${cdata(mysqlDate(atMs + 3_600_000))}</wp:comment_date>
			<wp:comment_date_gmt>${cdata(mysqlDate(atMs))}</wp:comment_date_gmt>
			<wp:comment_content>${cdata(Array.from({ length: integerBetween(random, 1, 3) }, () => sentence(random)).join(" "))}</wp:comment_content>
			<wp:comment_approved>${cdata(approval(random))}</wp:comment_approved>
			<wp:comment_type>${cdata(type)}</wp:comment_type>
			<wp:comment_parent>${parent}</wp:comment_parent>
			<wp:comment_user_id>0</wp:comment_user_id>
		</wp:comment>`;
}

function itemXml(random: Random, id: number, firstCommentId: number, options: LargeExportOptions): string {
  const postMs = Date.UTC(2012, 0, 1) + id * 86_400_000 + integerBetween(random, 0, 86_399) * 1_000;
  const draft = chance(random, 0.05);
  const title = sentence(random).slice(0, -1);
  const slug = draft ? "" : `beitrag-${id}`;
  const body = chance(random, 0.5)
    ? gutenbergBody(random, options.paragraphsPerPost)
    : classicBody(random, options.paragraphsPerPost);
  const category = pickOne(random, categories);
  const comments: string[] = [];
  for (let index = 0; index < options.commentsPerPost; index++) {
    const parent = index > 0 && chance(random, 0.4) ? firstCommentId + integerBetween(random, 0, index - 1) : 0;
    comments.push(commentXml(random, firstCommentId + index, parent, postMs));
  }
  const year = new Date(postMs).toISOString().slice(0, 4);
  const month = new Date(postMs).toISOString().slice(5, 7);
  return `
	<item>
		<title>${cdata(title)}</title>
		<link>${draft ? `${site}/?p=${id}` : `${site}/${year}/${month}/${slug}/`}</link>
		<pubDate>${new Date(postMs).toUTCString().replace("GMT", "+0000")}</pubDate>
		<dc:creator>${cdata(pickOne(random, authors))}</dc:creator>
		<guid isPermaLink="false">${site}/?p=${id}</guid>
		<description></description>
		<content:encoded>${cdata(body)}</content:encoded>
		<excerpt:encoded>${cdata("")}</excerpt:encoded>
		<wp:post_id>${id}</wp:post_id>
		<wp:post_date>${cdata(mysqlDate(postMs + 3_600_000))}</wp:post_date>
		<wp:post_date_gmt>${cdata(draft ? "0000-00-00 00:00:00" : mysqlDate(postMs))}</wp:post_date_gmt>
		<wp:comment_status>${cdata("open")}</wp:comment_status>
		<wp:post_name>${cdata(slug)}</wp:post_name>
		<wp:status>${cdata(draft ? "draft" : "publish")}</wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:post_type>${cdata("post")}</wp:post_type>
		<wp:post_password>${cdata("")}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
		<category domain="category" nicename="${category.slug}">${cdata(category.name)}</category>
		<category domain="post_tag" nicename="${pickOne(random, tags)}">${cdata(pickOne(random, tags))}</category>${comments.join("")}
	</item>`;
}

function headerXml(): string {
  const terms = categories.map(
    (category, index) =>
      `\n\t<wp:category><wp:term_id>${index + 1}</wp:term_id><wp:category_nicename>${cdata(category.slug)}</wp:category_nicename><wp:category_parent>${cdata(category.parent)}</wp:category_parent><wp:cat_name>${cdata(category.name)}</wp:cat_name></wp:category>`,
  );
  const tagTerms = tags.map(
    (tag, index) =>
      `\n\t<wp:tag><wp:term_id>${index + 10}</wp:term_id><wp:tag_slug>${cdata(tag)}</wp:tag_slug><wp:tag_name>${cdata(tag)}</wp:tag_name></wp:tag>`,
  );
  const authorList = authors.map(
    (login, index) =>
      `\n\t<wp:author><wp:author_id>${index + 1}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_email>${cdata(`${login}@example.com`)}</wp:author_email><wp:author_display_name>${cdata(login)}</wp:author_display_name></wp:author>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- generator="WordPress/6.4.3" created="2024-03-01 09:30" -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Großes Blog</title>
	<link>${site}</link>
	<description>Synthetischer Export für Messungen</description>
	<language>de-DE</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${site}</wp:base_site_url>
	<wp:base_blog_url>${site}</wp:base_blog_url>${authorList.join("")}${terms.join("")}${tagTerms.join("")}
	<generator>https://wordpress.org/?v=6.4.3</generator>`;
}

export async function writeLargeExport(file: string, options: LargeExportOptions): Promise<{ bytes: number }> {
  const random = createRandom(options.seed ?? 1);
  const out = createWriteStream(file, { encoding: "utf8" });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  try {
    await write(headerXml());
    for (let index = 0; index < options.posts; index++) {
      await write(itemXml(random, index + 1, index * options.commentsPerPost + 1, options));
    }
    await write("\n</channel>\n</rss>\n");
  } finally {
    out.end();
    await once(out, "close");
  }
  return { bytes };
}
