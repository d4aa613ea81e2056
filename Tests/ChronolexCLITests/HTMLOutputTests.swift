import Foundation
import Testing

/// The HTML pages a jurist prints and trusts (issue 17): a consolidation that says what it
/// is made of, a Justel text that keeps its marks, a check report that shows each
/// divergence with the instructions behind it; every word of an act escaped.
@Suite("HTML pages: provenance, Justel's marks, check report, escaping")
struct HTMLOutputTests {
    static let libraries = "2015201234"

    /// The text between `start` and the next `end` after it (or the rest).
    static func slice(_ text: String, from start: String, to end: String) -> String {
        guard let lower = text.range(of: start) else { return "" }
        let rest = text[lower.lowerBound...]
        guard let upper = rest.dropFirst(start.count).range(of: end) else { return String(rest) }
        return String(rest[..<upper.lowerBound])
    }

    // MARK: consolidate --format html

    @Test func consolidationNamesItsDateItsActsAndTheirArticles() throws {
        let run = try CLI.run(["consolidate", CLI.corpus, "--act", Self.libraries, "--at", "2024-01-01", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        let page = run.stdout
        // The version shown.
        #expect(page.contains("Texte consolidé au 1er janvier 2024"))
        #expect(page.contains("<li class=\"current\"><span class=\"date\">1er juillet 2023</span>"))
        // The acts applied: citation, title, numac, publication, ELI.
        let sources = Self.slice(page, from: "<section class=\"sources\"", to: "</section>")
        #expect(sources.contains("Actes modificatifs appliqués (5)"))
        for numac in ["2017206012", "2019201955", "2019201956", "2021200417", "2022204733"] {
            #expect(sources.contains("<td class=\"numac\">\(numac)</td>"), "\(numac)")
        }
        #expect(sources.contains("href=\"https://www.ejustice.just.fgov.be/eli/arrete/2022/12/15/2022204733/justel\""))
        #expect(sources.contains("15 décembre 2022. Arrêté du Gouvernement"))
        #expect(sources.contains("29 décembre 2022"), "publication of 2022204733")
        // The other base act's amending acts are not this text's.
        #expect(!sources.contains("2018202871"))
        // A table of contents of every article.
        let toc = Self.slice(page, from: "<nav class=\"toc\"", to: "</nav>")
        for anchor in ["#art-1", "#art-4_1", "#art-13_1", "#art-23"] { #expect(toc.contains("href=\"\(anchor)\""), "\(anchor)") }
        // Art. 9: Justel-style markers on the words each act wrote, and their notes.
        let nine = Self.slice(page, from: "<article class=\"article\" id=\"art-9\"", to: "</article>")
        #expect(nine.contains("<a class=\"marker open\" href=\"#note-art-9-3\""))
        #expect(nine.contains("<sup>3</sup></a> neuf membres<a class=\"marker close\" href=\"#note-art-9-3\""))
        let note3 = Self.slice(nine, from: "<li id=\"note-art-9-3\">", to: "</li>")
        #expect(note3.contains("ACG 2022-12-15/22</a>, art. 3 (arrêté du Gouvernement du 15 décembre 2022)"), "\(note3)")
        #expect(note3.contains("en vigueur le 1er janvier 2023"))
        #expect(note3.contains("href=\"https://www.ejustice.just.fgov.be/eli/arrete/2022/12/15/2022204733/justel\""))
        // The alinéa the arrêté of 4 April 2019 inserted says so; words changed are "Modifié par".
        #expect(Self.slice(nine, from: "<li id=\"note-art-9-2\">", to: "</li>").contains("(2)</span> Inséré par"))
        #expect(note3.contains("(3)</span> Modifié par"))
        // Printable, no script.
        #expect(page.contains("@media print"))
        #expect(!page.lowercased().contains("<script"))
    }

    /// As known on 15 January 2021, the décret published on 15 February 2021 is not there.
    @Test func asKnownOnLeavesOutTheActsNotYetPublished() throws {
        let run = try CLI.run(["consolidate", CLI.corpus, "--act", Self.libraries, "--at", "2020-10-01", "--as-known-on", "2021-01-15", "--format", "html"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Texte consolidé au 1er octobre 2020, tel que connu le 15 janvier 2021"))
        let sources = Self.slice(run.stdout, from: "<section class=\"sources\"", to: "</section>")
        #expect(sources.contains("2019201956"))
        #expect(!sources.contains("2021200417"))
    }

    /// Instructions pending their date (art. 2 and 3 of the décret of 18 March 2024) are
    /// listed as not applied, with their reason.
    @Test func pendingInstructionsAreListed() throws {
        let run = try CLI.run(["consolidate", CLI.corpus, "--act", "2016202345", "--at", "2025-01-01", "--format", "html"])
        #expect(run.status == 0)
        let sources = Self.slice(run.stdout, from: "<section class=\"sources\"", to: "</section>")
        #expect(sources.contains("Instructions non appliquées (2)"))
        #expect(sources.contains("<li class=\"pending\">"))
        #expect(sources.contains("DCG 2024-03-18/05</a>, art. 3 — <strong>en attente d'une date</strong> : <span class=\"reading\">insertion : article 8/1 dans l'acte</span> — à une date fixée par le Gouvernement</li>"), "\(sources)")
    }

    /// One article: its own versions, its acts only.
    @Test func oneArticleHasItsOwnProvenance() throws {
        let run = try CLI.run(["consolidate", CLI.corpus, "--act", Self.libraries, "--at", "2024-01-01", "--article", "10", "--format", "html"])
        #expect(run.status == 0)
        let page = run.stdout
        #expect(page.contains("Versions de l'article 10"))
        let sources = Self.slice(page, from: "<section class=\"sources\"", to: "</section>")
        #expect(sources.contains("2021200417"))
        #expect(!sources.contains("2019201955"), "the arrêté of 21 March 2019 does not touch art. 10")
    }

    // MARK: parse --format html of a Justel text

    static let justel = """
    ---
    title-fr: "Loi relative aux essais. (NOTE : Consultation des versions antérieures à partir du 01-08-1991 et mise à jour au 29-12-2016)"
    ---

    **Article 1er.** Le ministre agrée [1 les essais publics]1 dans les [2 trente]2 jours.

    [3 Le registre est public.]3

    `(1)<L 2000-06-26/42, art. 4, 006; En vigueur : 01-01-2002>`

    `(2)<Inséré par AR 2004-12-22/35, art. 7, 007; En vigueur : 28-12-2004>`

    `(3)<L 2010-01-01/01, art. 2, 008; En vigueur : 01-02-2010>`

    """

    @Test func parseKeepsJustelsMarkersFootnotesAndUpdateDate() throws {
        let path = try CLI.temporaryFile("justel-essais.md", Array(Self.justel.utf8))
        let run = try CLI.run(["parse", path, "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        let page = run.stdout
        #expect(page.contains("<dt>Mise à jour au</dt><dd>29 décembre 2016 (texte consolidé de Justel)</dd>"))
        #expect(page.contains("agrée <a class=\"marker open\" href=\"#note-art-1-1\""))
        #expect(page.contains("<sup>1</sup></a> les essais publics<a class=\"marker close\" href=\"#note-art-1-1\""))
        let notes = Self.slice(page, from: "<ol class=\"notes justel-notes\"", to: "</ol>")
        #expect(notes.contains("<li id=\"note-art-1-2\"><span class=\"note-number\">(2)</span> Inséré par AR 2004-12-22/35, art. 7"), "\(notes)")
        #expect(notes.contains("<li id=\"note-art-1-3\">"))
    }

    // MARK: check --format html

    /// An "official" text made from Chronolex's own consolidation with one word changed in
    /// art. 9 and art. 14 left out: the report shows exactly those.
    @Test func checkReportShowsEachDivergenceWithItsInstructions() throws {
        let ours = try CLI.run(["consolidate", CLI.corpus, "--act", Self.libraries, "--at", "2023-01-01", "--format", "markdown"])
        #expect(ours.status == 0)
        var official = ours.stdout.replacingOccurrences(of: "composé de neuf membres", with: "composé de sept membres")
        let fourteen = try #require(official.range(of: "**Art. 14.**"))
        let fifteen = try #require(official.range(of: "**Art. 15.**"))
        official.removeSubrange(fourteen.lowerBound..<fifteen.lowerBound)
        let path = try CLI.temporaryFile("official-2023.md", Array(official.utf8))
        let run = try CLI.run(["check", CLI.corpus, "--act", Self.libraries, "--against", path, "--at", "2023-01-01", "--format", "html"])
        #expect(run.status == 1, "anything divergent exits 1")
        let page = run.stdout
        // Summary: identical over total, and each article's distance.
        #expect(page.contains("<tr data-key=\"identical\"><th scope=\"row\">Articles identiques</th><td>24 sur 25</td></tr>"))
        let identical = Self.slice(page, from: "<p class=\"identical-articles\">", to: "</p>")
        #expect(identical.contains("Articles identiques (24, distance 0)</strong> : art. 1er, art. 2,"), "\(identical)")
        #expect(identical.contains(" art. 8, art. 10,"))
        let row9 = Self.slice(page, from: "<tr class=\"divergent\" data-article=\"9\">", to: "</tr>")
        #expect(row9.contains("href=\"#divergence-art-9\""))
        #expect(!row9.contains("0,0000"))
        #expect(page.contains("<tr class=\"onlyOurs\" data-article=\"14\">"))
        // Art. 9: the word diff, official struck out, ours inserted, and the instruction behind it.
        let nine = Self.slice(page, from: "<section class=\"divergence\" id=\"divergence-art-9\">", to: "</section>")
        #expect(nine.contains("<del>sept</del>"), "\(nine)")
        #expect(nine.contains("<ins>neuf</ins>"))
        #expect(nine.contains("ACG 2022-12-15/22</a>, art. 3"))
        // What it was read as, in French, as a jurist reads it.
        #expect(nine.contains("remplacement de « sept membres » par « neuf membres » dans art. 9, al. 1"), "\(nine)")
        #expect(nine.contains("remplacement de « Conseil » par « Comité » (chaque fois) dans l'acte"))
        #expect(nine.contains("href=\"https://www.ejustice.just.fgov.be/eli/arrete/2022/12/15/2022204733/justel\""))
        // Art. 8, identical, has no section.
        #expect(!page.contains("id=\"divergence-art-8\""))
        #expect(!page.lowercased().contains("<script"))
    }

    /// The text report's title line never ends in a stray " ." (a title that does is given
    /// its period back).
    @Test func checkTextTitleHasNoStraySpaceBeforeItsPeriod() throws {
        let base = """
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais ."
        date: 2015-03-12
        number: 2015209999
        publication: 2015-04-02
        ---

        **Article 1er.** Le registre est public.

        """
        let official = base.replacingOccurrences(of: "est public", with: "est secret")
        let basePath = try CLI.temporaryFile("essais.md", Array(base.utf8))
        let officialPath = try CLI.temporaryFile("essais-officiel.md", Array(official.utf8))
        let run = try CLI.run(["check", basePath, "--against", officialPath, "--at", "2020-01-01"])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("Arrêté du Gouvernement relatif aux essais."), "\(run.stdout)")
        #expect(!lines.contains { $0.hasSuffix(" .") })
    }

    // MARK: escaping

    static let hostile = """
    ---
    title-fr: "Arrêté <script>alert('titre')</script> relatif aux essais"
    date: 2015-03-12
    number: 2015208888
    publication: 2015-04-02
    url: "javascript:alert(1)"
    ---

    **Article 1er.** Le registre <script>alert("art")</script> est public & gratuit.

    **Art. 2.** Le ministre <img src=x onerror=alert(2)> statue.

    """

    @Test func everyWordOfAnActIsEscaped() throws {
        let path = try CLI.temporaryFile("hostile.md", Array(Self.hostile.utf8))
        let official = try CLI.temporaryFile("hostile-official.md", Array(Self.hostile.replacingOccurrences(of: "statue", with: "<script>x</script> décide").utf8))
        let runs = [
            try CLI.run(["parse", path, "--format", "html"]),
            try CLI.run(["consolidate", path, "--at", "2020-01-01", "--format", "html"]),
            try CLI.run(["check", path, "--against", official, "--at", "2020-01-01", "--format", "html"]),
        ]
        for run in runs {
            #expect(!run.stdout.isEmpty, "\(run.stderr)")
            let page = run.stdout.lowercased()
            #expect(!page.contains("<script"), "\(run.stdout)")
            #expect(!page.contains("<img"))
            #expect(!page.contains("href=\"javascript:"))
            #expect(page.contains("&lt;script&gt;"))
        }
        #expect(runs[1].stdout.contains("public &amp; gratuit"))
        #expect(runs[2].stdout.contains("&lt;script&gt;x&lt;/script&gt;"))
    }
}
