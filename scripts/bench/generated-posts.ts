/**
 * Writes `count` synthetic posts for the build benchmark: German and English titles of every
 * length up to the schema's 120 characters (umlauts included), one to three of 24 topics, and
 * a body of about 700 words with headings, a list and a link, like a real post.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRandom, integerBetween, type Random } from "../lib/random.ts";

const topics = [
  "Analytics",
  "Newsletter",
  "Social Media",
  "Datenschutz",
  "Content Strategy",
  "LinkedIn",
  "XING",
  "Positionierung",
  "Akquise",
  "Preisgestaltung",
  "Storytelling",
  "SEO",
  "Webinare",
  "Podcasts",
  "Fallstudien",
  "Kundenbindung",
  "Empfehlungen",
  "Vorträge",
  "Zeitmanagement",
  "Tools",
  "Reporting",
  "Barrierefreiheit",
  "Fotografie",
  "Größere Projekte",
];

const titleParts = {
  de: [
    "Warum",
    "Über",
    "Größere",
    "Reichweite",
    "für Beraterinnen",
    "und Berater",
    "ohne Aufwand",
    "Schritt für Schritt",
    "die Sie tatsächlich durchhalten",
    "im Überblick",
    "mit wenig Budget",
    "für kleine Büros",
    "auf LinkedIn und XING",
    "grün, günstig, gut",
    "Maßnahmen",
  ],
  en: [
    "Why",
    "How to",
    "measure",
    "the few numbers",
    "that matter",
    "for consultants",
    "without vanity metrics",
    "in one afternoon",
    "that survive your report",
    "on LinkedIn",
    "and in newsletters",
    "step by step",
    "a practical guide",
  ],
} as const;

const sentences = [
  "Die meisten Beraterinnen und Berater brauchen keine größere Reichweite, sondern die richtigen Gespräche.",
  "A newsletter that readers answer is worth more than one that is merely opened.",
  "Messen Sie, was später zu Aufträgen führt, und lassen Sie den Rest in Ruhe.",
  "Pageviews count loads, not readers; engaged reads tell you more.",
  "Ein Redaktionsplan hält nur, wenn er zu Ihrem Kalender passt.",
  "Write for the two hundred people who might hire you, not for an algorithm.",
];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[integerBetween(random, 0, items.length - 1)] as T;
}

function title(random: Random, lang: "de" | "en", index: number): string {
  const words: string[] = [];
  const length = integerBetween(random, 2, 14);
  for (let word = 0; word < length; word++) words.push(pick(random, titleParts[lang]));
  return `${words.join(" ")} (${index})`.slice(0, 120).trim();
}

function paragraph(random: Random): string {
  return Array.from({ length: integerBetween(random, 4, 7) }, () => pick(random, sentences)).join(" ");
}

function body(random: Random): string {
  const sections = [1, 2, 3].map(
    (section) => `## Abschnitt ${section}\n\n${paragraph(random)}\n\n${paragraph(random)}\n\n${paragraph(random)}`,
  );
  return `${paragraph(random)}\n\n${sections.join("\n\n")}\n\n- ${pick(random, sentences)}\n- ${pick(random, sentences)}\n\nMehr im [Archiv](/archive/).\n`;
}

export async function writeGeneratedPosts(folder: string, count: number): Promise<void> {
  await mkdir(folder, { recursive: true });
  const random = createRandom(17);
  const firstDay = Date.UTC(2022, 0, 1);
  const writes = Array.from({ length: count }, (_, index) => {
    const lang = index % 3 === 0 ? "en" : "de";
    const tags = [...new Set(Array.from({ length: integerBetween(random, 1, 3) }, () => pick(random, topics)))];
    const pubDate = new Date(firstDay + index * 86_400_000).toISOString().slice(0, 10);
    const frontmatter = [
      `title: ${JSON.stringify(title(random, lang, index + 1))}`,
      `description: ${JSON.stringify(pick(random, sentences))}`,
      `pubDate: ${pubDate}`,
      `tags: ${JSON.stringify(tags)}`,
      `lang: ${lang}`,
    ];
    const file = join(folder, `bench-post-${String(index + 1).padStart(4, "0")}.md`);
    return writeFile(file, `---\n${frontmatter.join("\n")}\n---\n\n${body(random)}`);
  });
  await Promise.all(writes);
}
