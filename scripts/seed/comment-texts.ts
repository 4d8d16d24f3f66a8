/** What demo readers write: short, plausible reactions in the post's language, and a little spam. */

type ByLanguage = Readonly<Record<"de" | "en", readonly string[]>>;

export const readerNames: ByLanguage = {
  de: [
    "Julia M.",
    "Thomas Berger",
    "Sabine",
    "Markus K.",
    "Anja Hoffmann",
    "Stefan",
    "Claudia W.",
    "Jens Wagner",
    "Petra",
    "Dr. Frank Lorenz",
    "Katrin S.",
    "Michael",
  ],
  en: [
    "Emily R.",
    "James",
    "Priya N.",
    "Tom Whitfield",
    "Sarah K.",
    "Daniel",
    "Laura Chen",
    "Mark O.",
    "Hannah",
    "Chris P.",
  ],
};

export const readerTexts: ByLanguage = {
  de: [
    "Danke für den klaren Überblick! Genau die Frage hatten wir letzte Woche im Team.",
    "Sehr hilfreich. Gibt es eine Checkliste, die man direkt an Kunden weitergeben kann?",
    "Wir haben das Cookie-Banner vor einem halben Jahr abgeschafft und seitdem deutlich mehr Anfragen. Kann ich nur bestätigen.",
    "Spannend. Wie gehen Sie mit Kunden um, die trotzdem auf Google Analytics bestehen?",
    "Der Abschnitt zu den Kennzahlen hat mir die Augen geöffnet. Wir messen seit Jahren das Falsche.",
    "Kleine Ergänzung: Beim Double-Opt-in sollte man auch den Zeitpunkt der Bestätigung speichern.",
    "Gut geschrieben und ohne Buzzwords. Mehr davon!",
    "Ich hätte mir noch ein Beispiel aus dem Mittelstand gewünscht, aber insgesamt sehr praxisnah.",
    "Das mit dem festen Rhythmus probiere ich aus. Zwei Beiträge pro Woche klingt machbar.",
    "Habe den Artikel an unsere Geschäftsführung weitergeleitet. Danke!",
    "Wie sieht das bei XING aus, lohnt sich das überhaupt noch?",
    "Endlich mal jemand, der erklärt, warum Seitenaufrufe allein nichts aussagen.",
  ],
  en: [
    "Thanks, this is the clearest explanation of the topic I have read so far.",
    "Great read. Do you have a template for the UTM naming convention?",
    "We dropped open rates as a KPI last year and never looked back. Replies are the real signal.",
    "How do you handle clients who still want a single big traffic number in their report?",
    "Useful framework. I would add 'time to first call' as a metric for consultants.",
    "Shared this with my team, we have been arguing about vanity metrics for weeks.",
    "Nice piece. The part about repurposing for LinkedIn was exactly what I needed.",
    "Would love a follow-up on measuring newsletter replies without tracking individuals.",
    "Short, practical and no fluff. Subscribed.",
    "Interesting take on privacy-friendly analytics. Any tools you would recommend besides this one?",
  ],
};

export const authorReplies: ByLanguage = {
  de: [
    "Danke für die Rückmeldung! Eine Checkliste ist in Arbeit.",
    "Gute Frage, dazu schreibe ich demnächst einen eigenen Beitrag.",
    "Vielen Dank für die Ergänzung, das nehme ich in den Artikel auf.",
    "Freut mich, dass es hilft! Berichten Sie gern, wie es bei Ihnen läuft.",
  ],
  en: [
    "Thank you! A template is on my list for the next issue.",
    "Good question, I will cover that in a follow-up post.",
    "Thanks for adding this, I will mention it in the article.",
    "Glad it helps! Let me know how it works for you.",
  ],
};

export const spamTexts: readonly string[] = [
  "Best SEO services for your website, visit https://cheap-links.example and https://more-links.example and https://rank-fast.example",
  "Crypto giveaway!!! Double your coins at https://coins.example https://coins2.example https://coins3.example",
];
