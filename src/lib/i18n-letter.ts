import type { SiteLanguage } from "../../site.config";
import { fillPlaceholders, type PlaceholderValues } from "./i18n";

/**
 * The dashboard's letter page (/dashboard/letter/). The letter's own words are the API's
 * (functions/letter/wording.ts): the cron writes it without the site.
 */
const strings = {
  de: {
    letterTitle: "Wochenbrief",
    letterIntro:
      "So sieht der Brief für die Woche {week} aus, wie ihn der Cron {when} ({timeZone}) an Ihre Adresse schickt: nur Zahlen, keine Daten einzelner Leser, kein Zählpixel und keine verfolgten Links.",
    letterWhen: "jeden {weekday} um {hour} Uhr",
    letterOff:
      "Der Brief ist aus, bis LETTER_TO (Ihre bestätigte Adresse) und LETTER_FROM (eine Adresse Ihrer Domain) gesetzt sind. Wie, steht in docs/letter.md.",
    letterMisconfigured: "LETTER_TO oder LETTER_FROM ist keine E-Mail-Adresse. Der Brief wird nicht verschickt.",
    letterWeek: "Woche",
    letterShow: "Anzeigen",
    letterWeekInvalid:
      "Diese Woche geht nicht (JJJJ-Www, nicht in der Zukunft). Angezeigt wird die letzte vollständige Woche.",
    letterPrevious: "Woche davor",
    letterNext: "Woche danach",
    letterSubject: "Betreff",
    letterPlainText: "Als reiner Text",
    letterSendNow: "Diesen Brief jetzt an mich schicken",
    letterSendNowNote: "Geht an LETTER_TO. Der Brief am Montag kommt trotzdem.",
    letterSent: "Der Brief ist unterwegs.",
    letterSendFailed: "Der Brief konnte nicht gesendet werden; die Meldung steht im Log des Workers.",
    lastSendHeading: "Letzter Versand",
    lastSendNone: "Noch kein Wochenbrief verschickt.",
    lastSendSent: "Woche {week}: gesendet {time}.",
    lastSendSending: "Woche {week}: wird gesendet seit {time}.",
    lastSendFailed: "Woche {week}: nicht gesendet ({attempts}. Versuch): {error}",
    lastSendRetry: "Der nächste Lauf des Crons versucht es noch einmal.",
    lastSendGaveUp: "Es gibt keinen weiteren Versuch; der Brief der nächsten Woche kommt wie geplant.",
  },
  en: {
    letterTitle: "Weekly letter",
    letterIntro:
      "This is the letter for week {week} as the cron mails it to you {when} ({timeZone}): counts only, no data of any reader, no tracking pixel and no tracked links.",
    letterWhen: "every {weekday} at {hour}:00",
    letterOff:
      "The letter is off until LETTER_TO (your verified address) and LETTER_FROM (an address on your domain) are set. docs/letter.md says how.",
    letterMisconfigured: "LETTER_TO or LETTER_FROM is not an e-mail address. The letter is not sent.",
    letterWeek: "Week",
    letterShow: "Show",
    letterWeekInvalid: "That week does not work (YYYY-Www, not in the future). Showing the last complete week.",
    letterPrevious: "Week before",
    letterNext: "Week after",
    letterSubject: "Subject",
    letterPlainText: "As plain text",
    letterSendNow: "Send me this now",
    letterSendNowNote: "Goes to LETTER_TO. Monday’s letter still comes.",
    letterSent: "The letter is on its way.",
    letterSendFailed: "The letter could not be sent; the Worker’s log says why.",
    lastSendHeading: "Last send",
    lastSendNone: "No weekly letter sent yet.",
    lastSendSent: "Week {week}: sent {time}.",
    lastSendSending: "Week {week}: sending since {time}.",
    lastSendFailed: "Week {week}: not sent (try {attempts}): {error}",
    lastSendRetry: "The cron’s next run tries once more.",
    lastSendGaveUp: "There is no further try; next week’s letter comes as planned.",
  },
} satisfies Record<SiteLanguage, Record<string, string>>;

export type LetterPageKey = keyof (typeof strings)["en"];

export function letterPageTranslator(lang: SiteLanguage) {
  return (key: LetterPageKey, values: PlaceholderValues = {}) => fillPlaceholders(strings[lang][key], values);
}
