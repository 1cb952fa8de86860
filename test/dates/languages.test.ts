import { describe, expect, it } from "vitest";
import { dates, run } from "./helpers.js";

const THU = "2025-05-29";

describe("German", () => {
  it("weekdays by the news convention, and the future when the sentence says so", () => {
    expect(dates("Der Kreml erklärte am Donnerstag, er warte auf Kiew. Am Sonntag endete der Austausch. Das Treffen wird am Montag stattfinden.", THU, "de"))
      .toEqual(["am Donnerstag = 2025-05-29", "Am Sonntag = 2025-05-25", "am Montag = 2025-06-02"]);
  });

  it("week spans", () => {
    expect(dates("Vergangene Woche äußerte er Zweifel. Anfang der Woche sagte Kellogg, man warte. Die Gespräche sollen in der nächsten Woche stattfinden.", THU, "de"))
      .toEqual(["Vergangene Woche = 2025-05-19/2025-05-25", "Anfang der Woche = 2025-05-26/2025-05-29", "nächsten Woche = 2025-06-02/2025-06-08"]);
  });

  it("a day and month (through an ordinal the splitter may cut), a month with a year, a year", () => {
    expect(run("Die Delegationen trafen sich am 16. Mai in Istanbul. Die Amtszeit lief im Mai 2024 ab, zwei Jahre nach der Invasion von 2022.", THU, "de").dates)
      .toMatchObject([
        { text: "am 16. Mai", value: "2025-05-16", granularity: "day", relative: true },
        { text: "Mai 2024", value: "2024-05", granularity: "month", relative: false },
        { text: "2022", value: "2022", granularity: "year", relative: false },
      ]);
  });

  it("ranges and edge words", () => {
    expect(dates("Zwischen März und Mai bewegte sich die Front kaum. Mitte Mai stockten die Gespräche.", THU, "de"))
      .toEqual(["Zwischen März und Mai = 2025-03/2025-05", "Mitte Mai = 2025-05"]);
  });

  it("counts are not years", () => {
    expect(dates("Rund 2000 Menschen demonstrierten, 1999 Stimmen wurden gezählt.", THU, "de")).toEqual([]);
  });
});

describe("French", () => {
  it("weekdays, 'lundi prochain', week spans", () => {
    expect(dates("Le Kremlin a déclaré jeudi qu'il attendait. L'échange s'est achevé dimanche. La réunion aura lieu lundi prochain.", THU, "fr"))
      .toEqual(["jeudi = 2025-05-29", "dimanche = 2025-05-25", "lundi prochain = 2025-06-02"]);
    expect(dates("La semaine dernière, il avait exprimé des doutes. Plus tôt cette semaine, Kellogg a dit attendre. Les pourparlers sont prévus la semaine prochaine.", THU, "fr"))
      .toEqual(["La semaine dernière = 2025-05-19/2025-05-25", "Plus tôt cette semaine = 2025-05-26/2025-05-29", "la semaine prochaine = 2025-06-02/2025-06-08"]);
  });

  it("a day and month, a month with a year, a year, a range", () => {
    expect(dates("Les délégations se sont rencontrées le 16 mai. Son mandat a expiré en mai 2024, deux ans après l'invasion de 2022. Entre mars et mai, le front a peu bougé.", THU, "fr"))
      .toEqual(["16 mai = 2025-05-16", "mai 2024 = 2024-05", "2022 = 2022", "Entre mars et mai = 2025-03/2025-05"]);
  });

  it("'Mars' the planet and counts are not dates", () => {
    expect(dates("Mars est une planète. Environ 2000 personnes ont manifesté.", THU, "fr")).toEqual([]);
  });

  it("'en décembre' in a January article about the past is last December", () => {
    expect(dates("La loi a été adoptée en décembre.", "2025-01-10", "fr")).toEqual(["décembre = 2024-12"]);
  });
});

describe("Russian", () => {
  it("weekday, week spans, a year after 'в', a count", () => {
    expect(dates("Песков заявил в четверг, что ответа нет. На прошлой неделе Лавров усомнился. Переговоры пройдут на следующей неделе. Около 2000 человек вышли. В 2022 году началось вторжение.", THU, "ru"))
      .toEqual(["в четверг = 2025-05-29", "На прошлой неделе = 2025-05-19/2025-05-25", "на следующей неделе = 2025-06-02/2025-06-08", "2022 = 2022"]);
  });
});

describe("other chrono languages work without our tables", () => {
  it("Spanish weekday and date", () => {
    expect(dates("El Kremlin dijo el jueves que esperaba. Se reunieron el 16 de mayo.", THU, "es"))
      .toEqual(["jueves = 2025-05-29", "16 de mayo = 2025-05-16"]);
  });
});

describe("every language we map to chrono finishes on plain and hostile text", () => {
  for (const language of ["en", "de", "fr", "es", "pt", "nl", "ja", "ru"]) {
    it(language, () => {
      const hostile = "\"Mai 2024 «1999 entre mars et ".repeat(500) + " ".repeat(5000);
      expect(run(["Texto 2022.", hostile, ""], THU, language).dates.length).toBeGreaterThanOrEqual(0);
    }, 60_000);
  }
});
